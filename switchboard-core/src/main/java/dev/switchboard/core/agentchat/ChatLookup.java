package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.StoreTx;

/**
 * The first step of every LiveChat chat action: the chat by id with its newest thread, checked
 * against what the requester may see. Runs inside the caller's transaction.
 *
 * @param latest the newest thread; null while the chat has none
 */
record ChatLookup(Chat chat, Thread latest) {

    /**
     * @throws NotFound  {@code chat} for an unknown chat
     * @throws Forbidden {@code missing_access} when the requester may not see it
     */
    static ChatLookup of(StoreTx tx, User requester, String chatId) {
        Chat chat = tx.chats().findById(chatId).orElseThrow(() -> new NotFound("chat", "Chat not found"));
        Thread latest = ChatReader.latest(tx, chat);
        ChatReader.requireVisible(tx, requester, chat, latest);
        return new ChatLookup(chat, latest);
    }

    boolean active() { return latest != null && latest.isOpen(); }

    /** @throws Conflict {@code chat_inactive} when the chat has no open thread */
    Thread requireActive() {
        if (!active()) throw new Conflict("chat_inactive", "Chat is inactive");
        return latest;
    }

    /** Whether the user serves the open thread or was added to the chat. */
    boolean isIn(StoreTx tx, User user) { return ChatAccess.isIn(user, latest, tx.chats().members(chat.id())); }

    /** @throws Forbidden {@code authorization} unless the requester is in the chat or {@code ignorePresence} */
    void requirePresence(StoreTx tx, User requester, boolean ignorePresence) {
        if (!ignorePresence && !isIn(tx, requester)) {
            throw new Forbidden("authorization", "Requester is not a user of the chat");
        }
    }
}
