package dev.switchboard.core.store;

import java.time.Instant;

/**
 * Aggregates over the rooms (threads) created in a period, for the managers' dashboard. Each method is
 * one query, computed in the database so that its cost does not grow with what the caller receives.
 */
public interface AnalyticsStore {

    /**
     * Rooms whose creation lies in {@code [start, end]}, optionally of one department.
     *
     * @param departmentId nullable: every department, and rooms without one
     */
    record Period(Instant start, Instant end, String departmentId) {}

    /** Counts of rooms: all, still open, open and on hold; their messages and distinct visitors. */
    record ConversationTotals(long conversations, long open, long onHold, long messages, long visitors) {}

    /**
     * Rooms by state: served and open, waiting for an agent, on hold, closed. Each room counts once
     * (on hold wins over served).
     */
    record ChatStates(long open, long queued, long onHold, long closed) {}

    /** An average and a maximum, in seconds; both 0 when nothing was measured. */
    record Timing(double avgSeconds, double longestSeconds) {}

    /**
     * @param firstResponse from the room's creation to the first message of an agent
     * @param reaction      from the first assignment to the first message of an agent
     * @param waiting       from creation (queueing) to the first assignment, for rooms that got an agent
     * @param chatDuration  from creation to closing, for closed rooms
     */
    record Timings(Timing firstResponse, Timing reaction, Timing waiting, Timing chatDuration) {}

    ConversationTotals conversationTotals(Period period);

    ChatStates chatStates(Period period);

    Timings timings(Period period);
}
