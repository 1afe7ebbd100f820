package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat's {@code deactivate_chat} (§4.7): closes the chat's open thread, which is closing the
 * Rocket.Chat room, through the same {@link ClosingService} the room's close uses. Without an open
 * thread it does nothing ([decision] of §4.7, following the SDK's comment). Thread-safe.
 */
public final class ChatClosing {
    private final Store store;
    private final ClosingService closing;

    public ChatClosing(Store store, ClosingService closing) {
        this.store = store;
        this.closing = closing;
    }

    /**
     * @param ignoreRequesterPresence close even when the requester is not in the chat (it still needs
     *                                the right to close others' rooms)
     * @throws NotFound  {@code chat}
     * @throws Forbidden {@code missing_access}; {@code authorization} when the requester is not in the chat
     */
    public void deactivate(User requester, String chatId, boolean ignoreRequesterPresence) {
        Thread open = store.read(tx -> {
            Chat chat = tx.chats().findById(chatId).orElseThrow(() -> new NotFound("chat", "Chat not found"));
            Thread latest = ChatReader.latest(tx, chat);
            ChatReader.requireVisible(tx, requester, chat, latest);
            if (latest == null || !latest.isOpen()) return null;
            if (!ignoreRequesterPresence && !ChatAccess.isIn(requester, latest, tx.chats().members(chat.id()))) {
                throw new Forbidden("authorization", "Requester is not a user of the chat");
            }
            return latest;
        });
        if (open != null) closing.closeByUser(requester, open.id(), null, null);
    }
}
