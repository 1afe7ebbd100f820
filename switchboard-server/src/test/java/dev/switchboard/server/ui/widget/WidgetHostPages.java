package dev.switchboard.server.ui.widget;

import dev.switchboard.server.e2e.browser.HostPage;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer's page embedding Switchboard's own widget with the one-line snippet of the README, served
 * from another origin than the server ({@code 127.0.0.1} vs {@code localhost}) as on a real site; and
 * the same page without the widget, the baseline of {@link WidgetBudgetTest}. Both record the main
 * thread's long tasks from the start in {@code window.__longTasks} ({@code [startTime, duration]}). Stateless.
 */
public final class WidgetHostPages {
    private WidgetHostPages() {}

    /** The host page with {@code <script async src="<server>/widget.js" data-…>}; close it to free its port. */
    public static HostPage withWidget(int serverPort, Map<String, String> dataAttributes) {
        String attrs = dataAttributes.entrySet().stream()
                .map(e -> " data-" + e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining());
        return HostPage.serving(page("<script async src=\"http://localhost:" + serverPort + "/widget.js\"" + attrs + "></script>"));
    }

    /** The same page with no widget. */
    public static HostPage withoutWidget() { return HostPage.serving(page("")); }

    private static String page(String snippet) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Acme shop</title>
                <script>
                  window.__longTasks = [];
                  new PerformanceObserver((list) => list.getEntries().forEach((e) => __longTasks.push([e.startTime, e.duration])))
                    .observe({ type: 'longtask', buffered: true });
                </script>
                <style>body{font:16px Georgia,serif;margin:40px;color:#333} div,button{display:none!important}</style>
                </head>
                <body>
                <h1>Acme shop</h1>
                <p>A customer's page on another origin. Its CSS hides every div and button; the widget must not care.</p>
                <p><a href="#top" id="host-link">A link on the host page</a></p>
                SNIPPET
                </body></html>
                """.replace("SNIPPET", snippet);
    }
}
