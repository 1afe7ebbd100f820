package dev.switchboard.mediator.hours;

import dev.switchboard.core.hours.BusinessHours;
import dev.switchboard.core.hours.BusinessHoursToml;
import dev.switchboard.core.hours.InvalidBusinessHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The business-hours files of live-agents-mediator.md §7.2: {@code <dir>/<project>/working-hours-<cc>.toml},
 * else the country-wide {@code <dir>/working-hours-<cc>.toml}; project and country case-insensitive.
 * Files are read on each call, so an edited file counts at once (the "on-change" reload) without a
 * watcher; they are a few hundred bytes. Parsing is core's {@link BusinessHoursToml}. Thread-safe.
 */
public final class BusinessHoursFiles {
    /** A project name that cannot leave the directory ({@code ..}, slashes). */
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private final Path dir;

    public BusinessHoursFiles(Path dir) { this.dir = dir; }

    /**
     * @param country an alpha-2 code, lower case
     * @return empty when neither file exists (or the project name is not a plain name)
     * @throws InvalidBusinessHours for an unreadable or invalid file, naming it
     */
    public Optional<BusinessHours> find(String project, String country) {
        String p = project.toLowerCase(Locale.ROOT);
        String file = "working-hours-" + country + ".toml";
        Path own = PROJECT.matcher(p).matches() ? dir.resolve(p).resolve(file) : null;
        Path chosen = own != null && Files.isRegularFile(own) ? own : dir.resolve(file);
        if (!PROJECT.matcher(p).matches() || !Files.isRegularFile(chosen)) return Optional.empty();
        try {
            return Optional.of(BusinessHoursToml.parse(Files.readString(chosen), country));
        } catch (IOException e) {
            throw new InvalidBusinessHours(chosen + ": cannot be read: " + e.getMessage());
        } catch (InvalidBusinessHours e) {
            throw new InvalidBusinessHours(chosen + ": " + String.join("; ", e.problems()));
        }
    }
}
