package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat {@code follow_chat} / {@code unfollow_chat} (§4.8, §4.9): an agent asks to hear of a chat it
 * is not in, or stops. Following twice or unfollowing a chat one does not follow changes nothing and
 * is not an error. A chat's users cannot unfollow it ([decision] {@code validation}). Thread-safe.
 */
public final class ChatFollowing {
    private final Store store;
    private final EventBus bus;

    public ChatFollowing(Store store, EventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    /** @throws dev.switchboard.core.error.NotFound {@code chat}; Forbidden {@code missing_access} */
    public void follow(User requester, String chatId) {
        store.write(tx -> tx.chats().follow(ChatLookup.of(tx, requester, chatId).chat().id(), requester.id()));
    }

    /** @throws Invalid {@code validation} when the requester is a user of the chat */
    public void unfollow(User requester, String chatId) {
        boolean was = store.write(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            if (found.isIn(tx, requester)) throw new Invalid("validation", "Chat members cannot unfollow the chat");
            return tx.chats().unfollow(chatId, requester.id());
        });
        if (was) bus.publish(new DomainEvent.ChatUnfollowed(chatId, requester.id()));
    }
}
