package dev.switchboard.api.rocketchat.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code build/} directory of the npm package {@code @rocket.chat/livechat} (rocketchat-livechat.md
 * §6.1), from which {@code /livechat} and {@code /livechat/*} are served. Only regular files inside the
 * directory can be reached: {@link #file} refuses anything that resolves outside it, also through
 * symbolic links, and hidden files. Immutable and thread-safe; files are read on each request, so
 * replacing the build needs no restart.
 */
public final class WidgetBuild {
    static final String PACKAGE = "@rocket.chat/livechat@1.13.3";
    private final Path root;

    private WidgetBuild(Path root) { this.root = root; }

    /**
     * Opens a build directory.
     *
     * @throws IllegalArgumentException with a message for the operator when {@code dir} is not a
     *                                  directory holding {@code index.html}
     */
    public static WidgetBuild open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory; point it at the build/ directory of the npm package "
                    + PACKAGE + " (e.g. npm install --prefix DIR " + PACKAGE + ", then DIR/node_modules/@rocket.chat/livechat/build)");
        }
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            String hint = "";
            for (String sub : new String[] {"build", "node_modules/@rocket.chat/livechat/build"}) {
                if (Files.isRegularFile(dir.resolve(sub).resolve("index.html"))) hint = "; did you mean " + dir.resolve(sub) + "?";
            }
            throw new IllegalArgumentException(dir + " has no index.html, so it is not the build/ directory of the npm package "
                    + PACKAGE + hint);
        }
        try {
            return new WidgetBuild(dir.toRealPath());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    /** The directory served, as a real path. */
    public Path root() { return root; }

    /** The widget app's page, unmodified. */
    public String indexHtml() {
        try {
            return Files.readString(root.resolve("index.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The regular file at a relative path below the build directory, or empty when there is none or
     * when the path leaves the directory ({@code ..}, absolute paths, links pointing out) or names a
     * hidden file.
     */
    public Optional<Path> file(String relative) {
        if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) return Optional.empty();
        }
        try {
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) return Optional.empty();
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (InvalidPathException | IOException unreachable) {
            return Optional.empty();
        }
    }
}
