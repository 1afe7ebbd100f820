package dev.switchboard.server.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The budget for the widget, measured in headless Chromium on a host page of another origin:
 * (a) everything the widget makes the page load before the visitor opens the chat is at most 30 KB
 * gzipped (Resource Timing {@code encodedBodySize}/{@code transferSize}, which {@code Timing-Allow-Origin}
 * exposes, cross-checked by gzipping the served bytes ourselves); (b) the widget does not block the main
 * thread for more than 50 ms: per load, the longest of its own measured slices (the loader, attaching
 * the launcher, the idle work, via {@code performance.measure}) and of the long tasks
 * ({@code PerformanceObserver} {@code longtask}) overlapping them, whose median over five loads must
 * stay under 50 ms. The same page without the widget is measured as the baseline. The figures, including the size and
 * time of opening the panel, go to {@code target/widget-budget.txt} and the README.
 */
class WidgetBudgetTest {
    private static final int BUDGET_BYTES = 30 * 1024;
    private static final double LONG_TASK_MS = 50;
    private static final int LOADS = 5;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void before_the_chat_opens_the_widget_loads_under_30_kb_gzipped_and_never_blocks_the_main_thread_over_50_ms()
            throws Exception {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = TestServer.start();
             HostPage withWidget = WidgetHostPages.withWidget(server.port(), Map.of());
             HostPage baseline = WidgetHostPages.withoutWidget();
             WidgetBrowser browser = WidgetBrowser.start()) {
            server.onlineAgent(server.admin(), "gus");
            String origin = "http://localhost:" + server.port();
            List<String> report = new ArrayList<>();
            VisitorWidget widget = new VisitorWidget(browser);

            widget.open(withWidget.url());
            waitForIdleWork(widget);
            widget.screenshot("launcher");
            List<Map<String, Object>> resources = resources(widget, origin);
            assertThat(resources).extracting(r -> r.get("name").toString())
                    .as("only the loader and livechat/config before the chat opens")
                    .allMatch(n -> n.endsWith("/widget.js") || n.contains("/api/v1/livechat/config"));
            long encoded = 0;
            long transferred = 0;
            report.add("Before opening the chat (cold cache, host page on another origin):");
            for (Map<String, Object> r : resources) {
                String url = r.get("name").toString();
                long body = number(r, "encodedBodySize");
                long ourGzip = gzippedSize(url);
                String note = "";
                if (body == 0) {
                    // The REST API sends no Timing-Allow-Origin, so the browser hides its sizes: count what
                    // the server sends for the same request instead.
                    body = wireSize(url);
                    note = " (hidden from Resource Timing: the server's answer to the same request)";
                }
                encoded += body;
                transferred += Math.max(number(r, "transferSize"), body);
                report.add(String.format(Locale.ROOT, "  %-25s %6d B encoded, %6d B transferred, %6d B decoded; our gzip of the served bytes %d B%s",
                        path(r, origin), body, number(r, "transferSize"), number(r, "decodedBodySize"), ourGzip, note));
                if (r.get("name").toString().endsWith("/widget.js")) {
                    assertThat(body).as("the browser's count matches our gzip of widget.js").isEqualTo(ourGzip);
                }
            }
            report.add(String.format(Locale.ROOT, "  total: %d B of bodies (%.1f KB, widget.js gzipped), %d B transferred incl. headers; budget %d B",
                    encoded, encoded / 1024.0, transferred, BUDGET_BYTES));
            assertThat(resources).as("the widget loaded something").isNotEmpty();
            assertThat(encoded).isLessThanOrEqualTo(BUDGET_BYTES);
            assertThat(transferred).isLessThanOrEqualTo(BUDGET_BYTES);

            report.add("Main thread, " + LOADS + " loads each (duration@start in ms):");
            List<Double> worstPerLoad = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                if (i > 0) {
                    widget.open(withWidget.url());
                    waitForIdleWork(widget);
                }
                Map<String, Object> t = timings(widget);
                @SuppressWarnings("unchecked")
                List<List<Number>> windows = (List<List<Number>>) t.get("windows"); // [start, duration, name]
                @SuppressWarnings("unchecked")
                List<List<Number>> longTasks = (List<List<Number>>) t.get("longTasks");
                List<List<Number>> blamed = longTasks.stream().filter(task -> windows.stream().anyMatch(w -> overlaps(task, w))).toList();
                worstPerLoad.add(java.util.stream.Stream.concat(windows.stream(), blamed.stream())
                        .mapToDouble(w -> w.get(1).doubleValue()).max().orElse(0));
                report.add(String.format(Locale.ROOT, "  with widget, load %d: widget execution %s; long tasks on the page %s; overlapping the widget %s",
                        i + 1, format(windows), format(longTasks), format(blamed)));
            }
            for (int i = 0; i < LOADS; i++) {
                browser.open(baseline.url());
                Thread.sleep(1000);
                report.add("  without widget, load " + (i + 1) + ": long tasks on the page " + format(longTasksOnly(widget)));
            }
            double median = worstPerLoad.stream().sorted().toList().get(LOADS / 2);
            report.add(String.format(Locale.ROOT, "  longest widget slice or widget long task per load: %s ms; median %.1f ms (limit %.0f ms)",
                    worstPerLoad.stream().map(d -> String.format(Locale.ROOT, "%.1f", d)).toList(), median, LONG_TASK_MS));

            widget.open(withWidget.url());
            waitForIdleWork(widget);
            double clicked = ((Number) widget.js("return performance.now();")).doubleValue();
            widget.openLauncher();
            double shown = ((Number) widget.js("return performance.now();")).doubleValue();
            List<Map<String, Object>> panel = resources(widget, origin).stream()
                    .filter(r -> r.get("name").toString().contains("/widget/")).toList();
            long panelBytes = panel.stream().mapToLong(r -> number(r, "encodedBodySize")).sum();
            report.add(String.format(Locale.ROOT, "Opening the chat: %d modules, %d B encoded (%.1f KB gzipped, revalidated on reload: no-cache + ETag);"
                    + " click to first screen %.0f ms; long tasks %s", panel.size(), panelBytes, panelBytes / 1024.0, shown - clicked,
                    format(longTasksOnly(widget).stream().filter(task -> task.get(0).doubleValue() >= clicked).toList())));
            widget.screenshot("budget-opened");

            Path out = Path.of("target", "widget-budget.txt");
            Files.write(out, report);
            report.forEach(System.out::println);
            // The median, not the maximum: this machine is shared, and a load where the OS parks the
            // browser inflates every wall-clock slice; a widget that really blocks does so on every load.
            assertThat(median).as("the widget's longest main-thread slice, median over %d loads", LOADS).isLessThan(LONG_TASK_MS);
        }
    }

    /** The idle callback has run and, when it fetched the config, its answer has been handled. */
    private static void waitForIdleWork(VisitorWidget widget) {
        widget.until("the loader's idle work", () -> Boolean.TRUE.equals(widget.js(
                "return performance.getEntriesByName('switchboard-loader-idle').length > 0"
                        + " && performance.getEntriesByName('switchboard-loader-config').length > 0;")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resources(VisitorWidget widget, String origin) {
        return (List<Map<String, Object>>) widget.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.startsWith(arguments[0]))"
                + ".map(e => ({name: e.name, encodedBodySize: e.encodedBodySize, transferSize: e.transferSize,"
                + " decodedBodySize: e.decodedBodySize}));", origin);
    }

    /** The widget's execution slices ([start, duration]: loader, attach, idle work, config answer) and the long tasks. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> timings(VisitorWidget widget) {
        return (Map<String, Object>) widget.js("""
                const slices = ['switchboard-loader', 'switchboard-loader-attach', 'switchboard-loader-idle', 'switchboard-loader-config']
                  .flatMap(n => performance.getEntriesByName(n)).map(e => [e.startTime, e.duration, e.name]);
                return { windows: slices, longTasks: window.__longTasks };""");
    }

    @SuppressWarnings("unchecked")
    private static List<List<Number>> longTasksOnly(VisitorWidget widget) {
        return (List<List<Number>>) widget.js("return window.__longTasks;");
    }

    private static boolean overlaps(List<Number> task, List<Number> window) {
        double start = task.get(0).doubleValue();
        double end = start + task.get(1).doubleValue();
        double wStart = window.get(0).doubleValue();
        double wEnd = wStart + window.get(1).doubleValue();
        return start <= wEnd && wStart <= end;
    }

    private static String format(List<List<Number>> slices) {
        if (slices.isEmpty()) return "none";
        List<String> out = new ArrayList<>();
        for (List<?> s : slices) {
            out.add(String.format(Locale.ROOT, "%s%.1f@%.0f", s.size() > 2 ? s.get(2).toString().replace("switchboard-", "") + " " : "",
                    ((Number) s.get(1)).doubleValue(), ((Number) s.get(0)).doubleValue()));
        }
        return String.join(", ", out);
    }

    private static long number(Map<String, Object> r, String key) { return ((Number) r.get(key)).longValue(); }

    private static String path(Map<String, Object> r, String origin) { return r.get("name").toString().substring(origin.length()); }

    /** The body's size on the wire when asked like a browser asks (gzip accepted). */
    private static long wireSize(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** The served bytes, gzipped here with the JDK's default level. */
    private static long gzippedSize(String url) throws IOException, InterruptedException {
        byte[] plain = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.size();
    }
}
