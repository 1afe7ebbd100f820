package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat {@code send_event_preview} (§4.14): a message preview that is not stored. The docs name no
 * push for it ([decision] of §4.14, open point O15), so Switchboard checks what the docs require (the
 * chat exists, is active, and the requester is in it) and delivers nothing. Thread-safe.
 */
public final class EventPreviews {
    private final Store store;

    public EventPreviews(Store store) { this.store = store; }

    /**
     * @throws dev.switchboard.core.error.NotFound  {@code chat}
     * @throws dev.switchboard.core.error.Forbidden {@code missing_access}, {@code authorization}
     * @throws dev.switchboard.core.error.Conflict  {@code chat_inactive}
     */
    public void preview(User requester, String chatId) {
        store.read(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            found.requireActive();
            found.requirePresence(tx, requester, false);
            return null;
        });
    }
}
