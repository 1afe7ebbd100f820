package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.livechat.TypingService;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;

/**
 * What an agent signals about a chat without adding to it (§4.33, §4.35, §4.36): how far it has read
 * ({@code mark_events_as_seen}, stored as the chat's read mark), that it is typing (also sent to the
 * Rocket.Chat widget through {@link TypingService} unless only agents may see it), and that it is
 * preparing an answer. Indicators are never stored. Thread-safe.
 */
public final class ChatSignals {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final TypingService typing;

    public ChatSignals(Store store, Clock clock, EventBus bus, TypingService typing) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.typing = typing;
    }

    /** What an indicator says besides its kind; {@code title}, {@code description}, {@code customId} nullable. */
    public record Indicator(DomainEvent.IndicatorKind kind, boolean agentsOnly, boolean active, String title,
                            String description, String customId) {}

    /**
     * Moves the requester's read mark of the chat forward to {@code upTo} (an earlier time leaves it).
     *
     * @throws NotFound  {@code chat}
     * @throws Forbidden {@code missing_access}
     */
    public void markSeen(User requester, String chatId, Instant upTo) {
        ChatTarget target = store.write(tx -> {
            ChatTarget chat = ChatTarget.of(tx, requester, chatId);
            tx.chats().markSeen(chat.chat().id(), requester.id(), upTo);
            return chat;
        });
        if (target.latest() != null) {
            bus.publish(new DomainEvent.EventsSeen(target.chat().id(), target.latest(), requester.id(), upTo));
        }
    }

    /**
     * @throws NotFound  {@code chat}
     * @throws Forbidden {@code missing_access}; {@code authorization} when the requester is not in the chat
     * @throws Conflict  {@code chat_inactive} without an open thread
     */
    public void indicate(User requester, String chatId, Indicator indicator) {
        Thread open = store.read(tx -> {
            ChatTarget chat = ChatTarget.of(tx, requester, chatId);
            if (chat.latest() == null || !chat.latest().isOpen()) throw new Conflict("chat_inactive", "Chat is inactive");
            if (!ChatAccess.isIn(requester, chat.latest(), tx.chats().members(chat.chat().id()))) {
                throw new Forbidden("authorization", "Requester is not a user of the chat");
            }
            return chat.latest();
        });
        bus.publish(new DomainEvent.AgentIndicator(chatId, open, requester.id(), indicator.kind(), indicator.agentsOnly(),
                indicator.active(), indicator.title(), indicator.description(), indicator.customId(), clock.instant()));
        if (indicator.kind() == DomainEvent.IndicatorKind.TYPING && !indicator.agentsOnly()) {
            typing.agentTyping(requester, open.id(), indicator.active());
        }
    }
}
