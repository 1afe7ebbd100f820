package dev.switchboard.mediator;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.model.MediatorSession;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does for the contact once registered: {@code sendMessageToAgent} (§6) posts its words
 * as the visitor, {@code DELETE session} (§8) closes its room as the visitor. Thread-safe.
 */
public final class VisitorSide {
    private static final Logger LOG = LoggerFactory.getLogger(VisitorSide.class);
    /** Core's answers for a room that is gone or closed: the agent ended the chat meanwhile. */
    private static final Set<String> ROOM_GONE = Set.of("room-closed", "invalid-room", "invalid-token");
    private final Store store;
    private final Clock clock;
    private final MessageService messages;
    private final ClosingService closing;

    public VisitorSide(Store store, Clock clock, MessageService messages, ClosingService closing) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.closing = closing;
    }

    public Reply sendToAgent(String uuid, String text) {
        if (Registration.blank(uuid) || text == null || text.isEmpty()) return Reply.error(400, "Message is required");
        Optional<MediatorSession> session = session(uuid);
        if (session.isEmpty() || session.get().rid() == null) return Reply.error(404, "No active session for this user");
        try {
            messages.sendFromVisitor(uuid, session.get().rid(), text, null);
        } catch (Invalid e) {
            if (ROOM_GONE.contains(e.code())) {
                store.write(tx -> tx.mediatorSessions().delete(uuid));
                return Reply.error(404, "No active session for this user");
            }
            if (e.code().equals("message-length-exceeds-character-limit")) return Reply.error(400, "Message too long");
            LOG.warn("sendMessageToAgent failed: {} {}", e.code(), e.reason());
            return Reply.error(500, "Could not deliver message to agent");
        }
        store.write(tx -> {
            tx.mediatorSessions().find(uuid).ifPresent(s -> tx.mediatorSessions().put(s.touched(clock.instant())));
            return null;
        });
        return Reply.success("Message sent to agent");
    }

    /** Closes as the visitor; the mark {@code closingBy: user} keeps the relay from announcing this close (§8 step 3). */
    public Reply close(String uuid) {
        Optional<MediatorSession> session = session(uuid);
        if (session.isEmpty()) return Reply.error(404, "Session not found");
        store.write(tx -> {
            tx.mediatorSessions().put(session.get().closingByUser(clock.instant()));
            return null;
        });
        if (session.get().rid() != null) {
            try {
                closing.closeByVisitor(uuid, session.get().rid());
            } catch (Invalid e) {
                if (!ROOM_GONE.contains(e.code())) {
                    LOG.warn("closing a mediator room failed: {} {}", e.code(), e.reason());
                    store.write(tx -> { tx.mediatorSessions().put(session.get()); return null; });
                    return Reply.error(500, "Could not close session");
                }
            }
        }
        store.write(tx -> tx.mediatorSessions().delete(uuid));
        return Reply.success("Session closed");
    }

    private Optional<MediatorSession> session(String uuid) {
        if (Registration.blank(uuid)) return Optional.empty();
        return store.read(tx -> tx.mediatorSessions().find(uuid));
    }
}
