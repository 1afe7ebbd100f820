package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.Map;

/**
 * Puts an agent on a queued thread, inside the caller's transaction: the inquiry's compare-and-set
 * take, the thread's {@code servedBy}, then the {@code command/connected} and {@code uj} system
 * messages, in Rocket.Chat's order (rocketchat-livechat.md §5.6). Used by routing and by take.
 */
final class Assignment {
    private Assignment() {}

    /** @throws Conflict {@code error-inquiry-taken} when another agent won the race */
    static Thread assign(StoreTx tx, Inquiry inquiry, User agent, Instant at, AfterCommit after) {
        if (!tx.inquiries().take(inquiry.id(), agent.id(), at)) {
            throw new Conflict("error-inquiry-taken", "Inquiry already taken",
                    Map.of("method", "livechat:takeInquiry"));
        }
        Thread thread = tx.threads().findById(inquiry.threadId()).orElseThrow()
                .withAgent(new Thread.ServingAgent(agent.id(), agent.username(), at), at);
        tx.threads().update(thread);
        UserRef ref = new UserRef(agent.id(), agent.username());
        post(tx, thread, SystemEvents.agent(thread.id(), "command", "connected", ref, agent.name(), at), after);
        post(tx, thread, SystemEvents.agent(thread.id(), "uj", agent.username(), ref, agent.name(), at), after);
        after.add(new DomainEvent.AgentAssigned(thread, agent, tx.inquiries().findById(inquiry.id()).orElse(inquiry)));
        return thread;
    }

    static void post(StoreTx tx, Thread thread, dev.switchboard.core.model.Event event, AfterCommit after) {
        after.add(new DomainEvent.EventPosted(thread, tx.events().append(event)));
    }
}
