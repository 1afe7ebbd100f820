package dev.switchboard.server.e2e.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * What a browser test needs from the machine: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, and the build of the official widget ({@code @rocket.chat/livechat@1.13.3},
 * a test client installed by {@code .ci/run} into the user's cache). The widget is found through the
 * environment variable {@code SWITCHBOARD_TEST_WIDGET_DIR}, else at {@code .ci/run}'s install location.
 * Missing pieces skip the test with a visible {@code SKIPPED:} line, unless {@code CI=true}, where they
 * fail it: CI must not pass by running fewer tests. Stateless.
 */
public final class BrowserPrerequisites {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String WIDGET_DIR_ENV = "SWITCHBOARD_TEST_WIDGET_DIR";
    static final String WIDGET_PACKAGE_DIR = "rocketchat-livechat-1.13.3";

    private BrowserPrerequisites() {}

    /** Returns the official widget's build directory, or skips/fails the calling test when anything is missing. */
    public static Path require() {
        List<String> missing = browserMissing();
        Path widget = widgetDir();
        if (!Files.isRegularFile(widget.resolve("index.html"))) {
            missing.add("the widget build at " + widget + " (run .ci/run, or npm install @rocket.chat/livechat@1.13.3"
                    + " and set " + WIDGET_DIR_ENV + " to its build/ directory)");
        }
        stopUnlessEmpty(missing);
        return widget;
    }

    /** For tests of Switchboard's own console and widget: only the browser and its driver are needed. */
    public static void requireBrowser() { stopUnlessEmpty(browserMissing()); }

    private static List<String> browserMissing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (apt-get install chromium)");
        if (!Files.isExecutable(CHROMEDRIVER)) missing.add(CHROMEDRIVER + " (apt-get install chromium-driver)");
        return missing;
    }

    private static void stopUnlessEmpty(List<String> missing) {
        if (missing.isEmpty()) return;
        String what = "browser test needs " + String.join(", ", missing);
        if ("true".equals(System.getenv("CI"))) throw new AssertionError(what + " (CI=true, so the browser tests must run)");
        System.err.println("SKIPPED: " + what + " (set CI=true to make this a failure)");
        Assumptions.abort(what);
        throw new IllegalStateException("unreachable");
    }

    /** {@code $SWITCHBOARD_TEST_WIDGET_DIR}, else where {@code .ci/run} installs the package. */
    static Path widgetDir() {
        String configured = System.getenv(WIDGET_DIR_ENV);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheDir = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return cacheDir.resolve("switchboard").resolve(WIDGET_PACKAGE_DIR)
                .resolve("node_modules/@rocket.chat/livechat/build");
    }
}
