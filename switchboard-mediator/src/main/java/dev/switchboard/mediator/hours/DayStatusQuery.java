package dev.switchboard.mediator.hours;

import dev.switchboard.core.hours.BusinessHours;
import dev.switchboard.core.hours.DayStatus;
import dev.switchboard.core.hours.InvalidBusinessHours;
import dev.switchboard.mediator.Reply;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day-status use case (live-agents-mediator.md §7): the business hours of a project and country
 * evaluated at the injected clock's now, by core's {@link BusinessHours#dayStatus}. The files are the
 * primary source; a project and country without one answer from the departments' stored business hours,
 * the ones routing uses ({@link StoredDepartmentHours}). Thread-safe.
 */
public final class DayStatusQuery {
    private static final Logger LOG = LoggerFactory.getLogger(DayStatusQuery.class);
    private final BusinessHoursFiles files;
    private final StoredDepartmentHours stored;
    private final Clock clock;

    public DayStatusQuery(BusinessHoursFiles files, StoredDepartmentHours stored, Clock clock) {
        this.files = files;
        this.stored = stored;
        this.clock = clock;
    }

    /** The outcome of a look-up: the status, or the reply that refuses it. */
    public record Outcome(DayStatus status, Reply refusal) {}

    /** The §7.6 answers: 400 for a country code that is not 2 letters, 404 unconfigured, 500 invalid files. */
    public Reply reply(String project, String countryCode) {
        if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) return Reply.error(400, "Invalid country code");
        Outcome o = evaluate(project, countryCode.toLowerCase(Locale.ROOT), null,
                "No configuration found for project %s and country %s");
        return o.refusal() != null ? o.refusal() : Reply.success("Day status retrieved", o.status().fields());
    }

    /**
     * @param country      alpha-2, lower case
     * @param departmentId nullable: the registering department, whose stored hours come before other departments'
     * @param notFoundMsg  the 404 message, with two {@code %s} for project and country
     */
    public Outcome evaluate(String project, String country, String departmentId, String notFoundMsg) {
        Optional<BusinessHours> hours;
        try {
            hours = files.find(project, country)
                    .or(() -> stored.find(project.toLowerCase(Locale.ROOT), country, departmentId));
        } catch (InvalidBusinessHours e) {
            LOG.error("Invalid working-hours configuration: {}", e.getMessage());
            return new Outcome(null, Reply.error(500, "Invalid working-hours configuration"));
        }
        if (hours.isEmpty()) return new Outcome(null, Reply.error(404, notFoundMsg.formatted(project, country)));
        return new Outcome(hours.get().dayStatus(clock.instant()), null);
    }
}
