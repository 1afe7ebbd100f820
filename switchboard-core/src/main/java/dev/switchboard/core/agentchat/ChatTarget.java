package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.Audience;
import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.StoreTx;

/**
 * A chat the requester may see, with its newest thread, found inside the caller's transaction: the
 * common first step of the LiveChat actions that name a chat (and maybe one of its threads or
 * events). Unknown ids are {@link NotFound} ({@code chat}, {@code thread}, {@code event}); a chat the
 * requester may not see is {@code missing_access}. Immutable.
 *
 * @param latest nullable: the chat has no thread yet
 */
record ChatTarget(Chat chat, Thread latest) {

    static ChatTarget of(StoreTx tx, User requester, String chatId) {
        Chat chat = tx.chats().findById(chatId).orElseThrow(() -> new NotFound("chat", "Chat not found"));
        Thread latest = ChatReader.latest(tx, chat);
        ChatReader.requireVisible(tx, requester, chat, latest);
        return new ChatTarget(chat, latest);
    }

    /** One of the chat's threads. */
    Thread thread(StoreTx tx, String threadId) {
        return tx.threads().findById(threadId).filter(t -> t.chatId().equals(chat.id()))
                .orElseThrow(() -> new NotFound("thread", "Thread not found"));
    }

    /** One event of one of the chat's threads; hidden events (kept only for the record) are not found. */
    Event event(StoreTx tx, Thread thread, String eventId) {
        return tx.events().findById(eventId).filter(e -> e.threadId().equals(thread.id()) && !e.isHidden())
                .orElseThrow(() -> new NotFound("event", "Event not found"));
    }

    /** Who hears of a change to the chat: the followers of its newest thread (nobody before it has one). */
    Audience audience() { return latest == null ? Audience.nobody() : Audience.ofThread(latest); }
}
