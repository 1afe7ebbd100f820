package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A visitor edits or deletes one of its own messages (rocketchat-livechat.md §3.5). Checks, in
 * Rocket.Chat's order: the token, the room (any state, like history), the message, then whether the
 * setting allows it and the message is the visitor's. Unlike upstream, the message must belong to the
 * named room (§8.2), so a message of another room is {@code invalid-message} like a missing one.
 * Only the visitor's ordinary messages qualify: never an agent's, and never a system message, even one
 * about the visitor (its own {@code livechat-close}). Thread-safe.
 */
public final class MessageEditService {
    static final String ALLOW_EDITING = "Message_AllowEditing";
    static final String ALLOW_DELETING = "Message_AllowDeleting";
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;

    public MessageEditService(Store store, Clock clock, Settings settings, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /**
     * Replaces the text of the visitor's message, keeping its id and time; sets {@code editedAt} and
     * {@code editedBy}, and publishes {@link DomainEvent.EventEdited} after commit. The same text again
     * changes nothing (upstream skips such an edit too).
     *
     * @return the message as it now is
     * @throws Invalid plain {@code invalid-token}, {@code invalid-room}, {@code invalid-message},
     *                 {@code message-length-exceeds-character-limit}; coded {@code error-action-not-allowed}
     */
    public Event editByVisitor(String token, String rid, String id, String text) {
        AfterCommit after = new AfterCommit();
        Event result = store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            Event original = VisitorRooms.message(tx, rid, id);
            requireOwn(contact, original, ALLOW_EDITING, "Message editing not allowed", "livechatUpdateMessage");
            MessageLength.requireWithinLimit(settings, text);
            if (text.equals(original.text())) return original;
            Instant now = clock.instant();
            Map<String, Object> attributes = new HashMap<>(original.attributes());
            attributes.put("editedBy", Map.of("_id", contact.id(), "username", contact.username()));
            Event edited = original.edited(text, attributes, now);
            tx.events().update(edited);
            after.add(new DomainEvent.EventEdited(thread, edited));
            return edited;
        });
        after.publishTo(bus);
        return result;
    }

    /**
     * Deletes the visitor's message for good, counts one message fewer on the room, and publishes
     * {@link DomainEvent.EventDeleted} after commit.
     *
     * @return the message as it was
     * @throws Invalid plain {@code invalid-token}, {@code invalid-room}, {@code invalid-message}; coded
     *                 {@code error-action-not-allowed}
     */
    public Event deleteByVisitor(String token, String rid, String id) {
        AfterCommit after = new AfterCommit();
        Event deleted = store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            Event original = VisitorRooms.message(tx, rid, id);
            requireOwn(contact, original, ALLOW_DELETING, "Message deleting not allowed", "livechatDeleteMessage");
            if (!tx.events().delete(original.id())) throw new Invalid("invalid-message", null);
            Thread updated = thread.withMessageRemoved(clock.instant());
            tx.threads().updateActivity(updated);
            after.add(new DomainEvent.EventDeleted(updated, original.id()));
            return original;
        });
        after.publishTo(bus);
        return deleted;
    }

    private void requireOwn(Contact contact, Event message, String setting, String reason, String method) {
        boolean own = !message.isSystem() && message.authorKind() == Event.AuthorKind.CONTACT
                && message.author() != null && contact.id().equals(message.author().id());
        if (!settings.bool(setting) || !own) {
            throw new Invalid("error-action-not-allowed", reason, Map.of("method", method));
        }
    }
}
