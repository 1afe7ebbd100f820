package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.InquiryStore.Take;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts agents on queued threads, inside the caller's transaction: the inquiries' compare-and-set
 * takes, the threads' {@code servedBy}, then for each the {@code command/connected} and {@code uj}
 * system messages, in Rocket.Chat's order (rocketchat-livechat.md §5.6). Used by routing, take and
 * transfer. Many assignments go to the store as a few batched statements, so that draining a long
 * queue costs a handful of round trips rather than a dozen per chat.
 */
final class Assignment {
    private static final Map<String, Object> TAKE = Map.of("method", "livechat:takeInquiry");

    private Assignment() {}

    /** One agent for one queued inquiry. */
    record Pick(Inquiry inquiry, User agent) {}

    /** @throws Conflict {@code error-inquiry-taken} when another agent won the race */
    static Thread assign(StoreTx tx, Inquiry inquiry, User agent, Instant at, AfterCommit after) {
        return assignAll(tx, List.of(new Pick(inquiry, agent)), at, after).get(0);
    }

    /**
     * @return the assigned threads, in the order of {@code picks}
     * @throws Conflict {@code error-inquiry-taken} when any inquiry was taken meanwhile: nothing is
     *                  assigned then (the caller's transaction rolls back)
     */
    static List<Thread> assignAll(StoreTx tx, List<Pick> picks, Instant at, AfterCommit after) {
        List<String> lost = tx.inquiries().takeAll(picks.stream()
                .map(p -> new Take(p.inquiry().id(), p.agent().id(), at)).toList());
        if (!lost.isEmpty()) throw new Conflict("error-inquiry-taken", "Inquiry already taken", TAKE);
        Map<String, Thread> threads = new HashMap<>();
        for (Thread t : tx.threads().findAllById(picks.stream().map(p -> p.inquiry().threadId()).toList())) {
            threads.put(t.id(), t);
        }
        List<Thread> assigned = new ArrayList<>(picks.size());
        List<Event> messages = new ArrayList<>(2 * picks.size());
        for (Pick p : picks) {
            User agent = p.agent();
            Thread thread = threads.get(p.inquiry().threadId())
                    .withAgent(new Thread.ServingAgent(agent.id(), agent.username(), at), at);
            assigned.add(thread);
            UserRef ref = new UserRef(agent.id(), agent.username());
            messages.add(SystemEvents.agent(thread.id(), "command", "connected", ref, agent.name(), at));
            messages.add(SystemEvents.agent(thread.id(), "uj", agent.username(), ref, agent.name(), at));
        }
        tx.threads().updateServingAgents(assigned);
        List<Event> stored = tx.events().appendAll(messages);
        for (int i = 0; i < picks.size(); i++) {
            Thread thread = assigned.get(i);
            after.add(new DomainEvent.EventPosted(thread, stored.get(2 * i)));
            after.add(new DomainEvent.EventPosted(thread, stored.get(2 * i + 1)));
            after.add(new DomainEvent.AgentAssigned(thread, picks.get(i).agent(), taken(picks.get(i), at)));
        }
        return assigned;
    }

    static void post(StoreTx tx, Thread thread, Event event, AfterCommit after) {
        after.add(new DomainEvent.EventPosted(thread, tx.events().append(event)));
    }

    private static Inquiry taken(Pick p, Instant at) {
        Inquiry i = p.inquiry();
        return new Inquiry(i.id(), i.threadId(), i.contactId(), i.name(), Inquiry.InquiryStatus.TAKEN, i.departmentId(),
                i.defaultAgentId(), i.sourceType(), i.createdAt(), i.queuedAt(), at, p.agent().id(), at);
    }
}
