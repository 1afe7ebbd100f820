package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * An agent (or a manager) writes into a livechat room: Rocket.Chat's {@code sendMessage} method and
 * {@code chat.sendMessage} endpoint for omnichannel rooms. Used by the REST adapter and by the DDP
 * {@code sendMessage} method. Thread-safe.
 *
 * <p>Who may send, like upstream's {@code canSendMessage} → {@code canAccessRoom} for livechat rooms:
 * the agent serving the room, or anyone holding {@code view-livechat-rooms} (managers and
 * administrators). Upstream also lets agents of the department preview a queued room; Switchboard
 * does not let them write there before taking it. Unlike upstream, which leaves the check to its UI, a
 * closed room takes no messages.
 */
public final class AgentMessageService {
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;

    public AgentMessageService(Store store, Clock clock, Settings settings, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /**
     * Posts {@code text} as {@code agent} into room {@code rid}, counts it on the room, and publishes
     * {@link DomainEvent.EventPosted} after commit. The agent's roles and state are re-read inside the
     * transaction, so a long-lived (DDP) session can't outlive a revoked role.
     *
     * @param id the message id the client chose (null or empty: a new one); a taken id is refused, which
     *           makes a retried send idempotent, as on the visitor path
     * @return the stored message
     * @throws Invalid   coded {@code error-message-size-exceeded} over the character limit of visitor
     *                   messages ({@link MessageLength}); {@code invalid-params} for an overlong id; plain
     *                   {@code error-invalid-room} for an unknown room; plain {@code room-closed};
     *                   coded {@code error-duplicate-message-id} for a taken id
     * @throws Forbidden plain {@code error-not-allowed} when the user may not write in this room
     */
    public Event send(User agent, String rid, String text, String id) {
        if (MessageLength.exceeded(settings, text)) {
            throw new Invalid("error-message-size-exceeded", "Message size exceeds Message_MaxAllowedSize",
                    Map.of("method", "sendMessage"));
        }
        VisitorService.checkKeyLength("_id", id);
        AfterCommit after = new AfterCommit();
        try {
            Event posted = store.write(tx -> {
                Thread thread = tx.threads().findById(rid).orElseThrow(() -> new Invalid("error-invalid-room", null));
                User current = tx.users().findById(agent.id()).filter(User::active)
                        .orElseThrow(() -> new Forbidden("error-not-allowed", null));
                boolean serving = thread.agent() != null && thread.agent().id().equals(current.id());
                if (!serving && !RolePermissions.has(current, Permission.VIEW_LIVECHAT_ROOMS)) {
                    throw new Forbidden("error-not-allowed", null);
                }
                if (!thread.isOpen()) throw new Invalid("room-closed", null);
                Instant now = clock.instant();
                Event message = new Event(id == null || id.isEmpty() ? Ids.newId() : id, rid, 0, null, text,
                        new UserRef(current.id(), current.username()), Event.AuthorKind.AGENT, current.name(),
                        null, null, Map.of(), now, now, null);
                Thread updated = thread.withMessage(now);
                Event stored = tx.events().append(message, updated);
                after.add(new DomainEvent.EventPosted(updated, stored));
                return stored;
            });
            after.publishTo(bus);
            return posted;
        } catch (DuplicateKeyException e) {
            throw new Invalid("error-duplicate-message-id", "A message with this _id already exists");
        }
    }
}
