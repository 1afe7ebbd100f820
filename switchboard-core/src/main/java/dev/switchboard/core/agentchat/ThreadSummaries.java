package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat {@code request_thread_summary} (§4.39). Switchboard has no summariser (open point O16), so
 * the decision is to refuse plainly rather than accept and never deliver: after the usual checks
 * ({@code not_found}, {@code missing_access}) every request is {@code validation} with a message that
 * says so. A client therefore learns at once, instead of waiting for a {@code thread_summary_set}
 * push that would never come. Thread-safe.
 */
public final class ThreadSummaries {
    private final Store store;

    public ThreadSummaries(Store store) { this.store = store; }

    /** @throws Invalid {@code validation} always, once the chat and thread are found and visible */
    public void request(User requester, String chatId, String threadId) {
        store.read(tx -> {
            ChatLookup.of(tx, requester, chatId);
            tx.threads().findById(threadId).filter(t -> t.chatId().equals(chatId))
                    .orElseThrow(() -> new NotFound("thread", "Thread not found"));
            return null;
        });
        throw new Invalid("validation", "Thread summaries are not available on this server");
    }
}
