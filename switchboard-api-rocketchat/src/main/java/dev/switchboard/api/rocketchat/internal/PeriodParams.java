package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.store.AnalyticsStore.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code start}, {@code end} and optional {@code departmentId} query parameters of the analytics
 * endpoints. Rocket.Chat accepts whatever {@code Date.parse} reads; Switchboard takes the forms its
 * clients send: an ISO instant ({@code 2026-11-21T00:00:00.000Z}), an ISO date-time with an offset, or a
 * bare date (midnight UTC). Anything else, a missing bound or an end before the start is 400
 * {@code invalid-params}.
 */
public final class PeriodParams {
    private PeriodParams() {}

    public static Period from(Query q) {
        Instant start = date(q, "start");
        Instant end = date(q, "end");
        if (end.isBefore(start)) throw Params.invalid("The \"end\" query parameter must not be before \"start\".");
        String department = q.string("departmentId");
        return new Period(start, end, department == null || department.isEmpty() ? null : department);
    }

    private static Instant date(Query q, String name) {
        String text = q.requiredString(name).trim();
        try {
            if (text.length() == 10) return Params.storable(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC), name);
            return Params.storable(OffsetDateTime.parse(text).toInstant(), name);
        } catch (DateTimeParseException e) {
            throw Params.invalid("The \"" + name + "\" query parameter must be a valid date.");
        }
    }
}
