package dev.switchboard.mediator.relay;

import dev.switchboard.core.model.MediatorSession;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.mediator.Reply;
import dev.switchboard.mediator.notes.AgentNoteTexts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of live-agents-mediator.md §5.5 for both delivery paths: Switchboard's own events
 * (inside the transaction that raised them) and {@code sendMessageToClient} (in its own transaction).
 * It never calls RapidPro itself: it queues the calls in the outbox of the same transaction, so the
 * caller answers at once and a crash loses nothing. Thread-safe; each call uses only its transaction.
 */
public final class ClientRelay {
    private static final Logger LOG = LoggerFactory.getLogger(ClientRelay.class);
    private final MediatorConfig config;
    private final RapidProRequests rapidPro;
    private final Clock clock;
    private final AgentNoteTexts notes;

    public ClientRelay(MediatorConfig config, RapidProRequests rapidPro, Clock clock, AgentNoteTexts notes) {
        this.config = config;
        this.rapidPro = rapidPro;
        this.clock = clock;
        this.notes = notes;
    }

    /** @param roomId the room the event is about, when known (the outbox orders per room) */
    public Reply handle(StoreTx tx, CrmEvent event, String roomId) {
        Optional<MediatorSession> found = tx.mediatorSessions().find(event.token());
        if (found.isEmpty()) return Reply.ignored();
        MediatorSession session = found.get();
        String rid = roomId != null ? roomId : session.rid();
        Instant now = clock.instant();
        return switch (event.type()) {
            case "Message" -> messages(tx, event, session, rid, now);
            case "LivechatSessionTaken" -> taken(tx, event, session, rid, now);
            case "LivechatSession" -> closed(tx, event, session, rid, now);
            default -> Reply.ignored();
        };
    }

    private Reply messages(StoreTx tx, CrmEvent event, MediatorSession session, String rid, Instant now) {
        for (CrmEvent.Item item : event.messages()) {
            // Echo suppression (§5.5.1 step 1): the visitor's own messages, including the bot's context, stay here.
            if (item.agentId() == null || (item.username() != null && item.username().equals(event.visitorUsername()))) continue;
            if (item.t() != null) continue;
            if (item.id() != null && !tx.mediatorSessions().markRelayed(item.id() + "|" + item.editedAt(), now)) continue;
            // Switchboard's own files go natively with the newer flavours; otherwise (legacy broadcasts take no
            // attachments, or a webhook's file that Switchboard does not hold) the signed link goes as text (§9.4).
            if (item.fileUpload() != null && item.fileUpload().fileId() != null
                    && config.flavour() != MediatorConfig.Flavour.BROADCASTS_LEGACY) {
                rapidPro.media(tx, session.uuid(), rid, item.msg() == null ? "" : item.msg(), item.fileUpload(), now);
                continue;
            }
            String text = withFile(item);
            if (text.isEmpty()) continue;
            if (config.longMessageMode() == MediatorConfig.LongMessageMode.REJECT
                    && TextParts.length(text) > config.maxMessageLength()) {
                LOG.warn("An agent message of {} characters was not relayed (mediator.outbound.long-message-mode = reject)",
                        TextParts.length(text));
                if (rid != null) notes.queueTooLong(tx, rid, text, now);
                continue;
            }
            rapidPro.text(tx, session.uuid(), rid, "message", text, now);
        }
        return Reply.success("Message(s) sent to client");
    }

    /** Older broadcasts carry no attachments: the file goes as a link under the caption (§9.4). */
    private static String withFile(CrmEvent.Item item) {
        String text = item.msg() == null ? "" : item.msg();
        if (item.fileUpload() == null || item.fileUpload().publicFilePath() == null) return text;
        return text.isEmpty() ? item.fileUpload().publicFilePath() : text + "\n" + item.fileUpload().publicFilePath();
    }

    private Reply taken(StoreTx tx, CrmEvent event, MediatorSession session, String rid, Instant now) {
        if (MediatorSession.TAKEN.equals(session.status())) return Reply.ignored();
        CrmEvent.Agent agent = event.agent();
        String name = agent == null ? "" : agent.name() != null ? agent.name() : agent.username() == null ? "" : agent.username();
        rapidPro.text(tx, session.uuid(), rid, "LivechatSessionTaken", config.agentJoinedText().replace("{agent.name}", name), now);
        tx.mediatorSessions().put(session.taken(agent == null ? null : agent.id(), agent == null ? null : agent.username(), name, now));
        return Reply.success("Client notified");
    }

    private Reply closed(StoreTx tx, CrmEvent event, MediatorSession session, String rid, Instant now) {
        if ("user".equals(session.closingBy())) return Reply.ignored();
        String text = event.messages().stream().filter(CrmEvent.Item::closingMessage).map(CrmEvent.Item::msg)
                .filter(m -> m != null && !m.isBlank()).findFirst().orElse(config.agentEndedText());
        rapidPro.text(tx, session.uuid(), rid, "LivechatSession", text, now);
        rapidPro.endOfChat(tx, session.uuid(), rid, now);
        tx.mediatorSessions().delete(session.uuid());
        return Reply.success("Session closed");
    }
}
