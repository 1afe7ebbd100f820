package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * LiveChat {@code list_threads} (§4.3): the threads of one chat, each with its events, newest first
 * unless ascending. Thread-safe.
 */
public final class ThreadListing {
    private final Store store;

    public ThreadListing(Store store) { this.store = store; }

    /**
     * Which threads and how many.
     *
     * @param from, to       creation-time bounds, inclusive (nullable)
     * @param minEventsCount when above 0, {@code limit} is ignored: as many threads as it takes to hold
     *                       that many events in total (fewer when the chat runs out)
     */
    public record Query(Instant from, Instant to, boolean ascending, int offset, int limit, int minEventsCount) {}

    /**
     * @return the page, and in {@link Page#total()} how many threads match
     * @throws dev.switchboard.core.error.NotFound {@code chat}; Forbidden {@code missing_access}
     */
    public Page<ChatSnapshot> list(User requester, String chatId, Query q) {
        return store.read(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            Comparator<Thread> order = Comparator.comparing(Thread::createdAt).thenComparing(Thread::id);
            List<Thread> threads = tx.threads().listByContact(found.chat().contactId()).stream()
                    .filter(t -> t.chatId().equals(chatId))
                    .filter(t -> q.from() == null || !t.createdAt().isBefore(q.from()))
                    .filter(t -> q.to() == null || !t.createdAt().isAfter(q.to()))
                    .sorted(q.ascending() ? order : order.reversed())
                    .toList();
            List<ChatSnapshot> page = new ArrayList<>();
            long events = 0;
            var groupIds = tx.chats().groupIds();
            for (int i = q.offset(); i < threads.size(); i++) {
                if (q.minEventsCount() > 0 ? events >= q.minEventsCount() : page.size() >= q.limit()) break;
                ChatSnapshot s = ChatReader.snapshot(tx, requester, found.chat(), threads.get(i), 0, groupIds);
                events += s.events().size();
                page.add(s);
            }
            return new Page<>(page, threads.size());
        });
    }
}
