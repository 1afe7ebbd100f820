package dev.switchboard.core.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds when {@link BusinessHours#isOpen} next flips. The state only changes where the local date or
 * time crosses a boundary: a local midnight (holidays and weekdays change), a window's start or end,
 * or a UTC-offset transition (a window may open when the clock jumps over its start). Those instants
 * are the candidates; the first whose state differs from now's is the answer. Stateless.
 */
final class NextChange {
    static final int HORIZON_DAYS = 400;

    private NextChange() {}

    static Optional<Instant> after(BusinessHours hours, Instant now) {
        boolean open = hours.isOpen(now);
        // Never open, and not open now: nothing can change.
        if (!open && hours.workingDays().isEmpty()) return Optional.empty();
        ZoneRules rules = hours.zone().getRules();
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        NavigableSet<Instant> candidates = new TreeSet<>();
        for (int d = 0; d <= HORIZON_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            add(candidates, rules, date.atStartOfDay());
            for (WorkingDay w : hours.workingDays()) {
                if (w.day() != date.getDayOfWeek()) continue;
                add(candidates, rules, w.startOn(date));
                add(candidates, rules, w.endOn(date));
            }
        }
        Instant horizon = today.plusDays(HORIZON_DAYS + 1L).atStartOfDay(hours.zone()).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(now); t != null && t.getInstant().isBefore(horizon);
             t = rules.nextTransition(t.getInstant())) {
            candidates.add(t.getInstant());
        }
        for (Instant c : candidates.tailSet(now, false)) {
            if (hours.isOpen(c) != open) return Optional.of(c);
        }
        return Optional.empty();
    }

    /**
     * Every instant showing this local date-time: two in an autumn overlap (the state may change at
     * both), none in a spring gap, where the transition itself is the candidate.
     */
    private static void add(NavigableSet<Instant> candidates, ZoneRules rules, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        for (ZoneOffset offset : offsets) candidates.add(local.toInstant(offset));
    }
}
