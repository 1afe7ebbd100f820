package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the LiveChat v3.6 Customer structure (§3.3.3) says about a contact beyond the contact record:
 * its counts, last activity, session fields and whether the requester follows it.
 *
 * @param sessionFields ordered {@code [{key: value}]}; never null
 * @param lastVisitAt   when the contact was last seen opening a thread (nullable)
 */
public record CustomerFacts(Contact contact, long threadsCount, long chatsCount, long pageViewsCount,
                            List<Map<String, String>> sessionFields, boolean followed, boolean online,
                            Instant lastVisitAt) {
    public CustomerFacts {
        sessionFields = sessionFields == null ? List.of() : List.copyOf(sessionFields);
    }

    /** Reads the facts of {@code contact} inside the caller's transaction. */
    static CustomerFacts of(StoreTx tx, Contact contact) {
        List<Thread> threads = tx.threads().listByContact(contact.id());
        long chats = threads.stream().map(Thread::chatId).distinct().count();
        Instant lastVisit = threads.isEmpty() ? null : threads.get(0).createdAt();
        return new CustomerFacts(contact, threads.size(), chats, 0, List.of(), false,
                "online".equals(contact.status()), lastVisit);
    }
}
