package dev.switchboard.mediator.relay;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.InTransactionListener;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.mediator.Registration;
import java.util.List;
import java.util.Optional;

/**
 * Turns Switchboard's own events in mediator rooms into the §11.3 payload model and runs the relay
 * inside the transaction that raised them (live-agents-mediator.md §5.3): an agent's message and its
 * RapidPro delivery commit together. Runs on exactly the node that made the change, so a cluster
 * relays each event once. Thread-safe.
 */
public final class MediatorEvents implements InTransactionListener {
    private final ClientRelay relay;
    private final FileLinks links;

    public MediatorEvents(ClientRelay relay, FileLinks links) {
        this.relay = relay;
        this.links = links;
    }

    @Override
    public void inTransaction(StoreTx tx, List<DomainEvent> events) {
        for (DomainEvent e : events) {
            Thread thread = threadOf(e);
            if (thread == null || !Registration.SOURCE.equals(thread.source())) continue;
            Optional<Contact> contact = tx.contacts().findById(thread.contactId());
            if (contact.isEmpty()) continue;
            CrmEvent crm = toCrm(e, thread, contact.get());
            if (crm != null) relay.handle(tx, crm, thread.id());
        }
    }

    private static Thread threadOf(DomainEvent e) {
        return switch (e) {
            case DomainEvent.EventPosted p -> p.thread();
            case DomainEvent.EventEdited p -> p.thread();
            case DomainEvent.AgentAssigned a -> a.thread();
            case DomainEvent.ThreadClosed c -> c.thread();
            default -> null;
        };
    }

    private CrmEvent toCrm(DomainEvent e, Thread thread, Contact contact) {
        return switch (e) {
            case DomainEvent.EventPosted p -> message(p.event(), contact);
            case DomainEvent.EventEdited p -> message(p.event(), contact);
            case DomainEvent.AgentAssigned a -> new CrmEvent("LivechatSessionTaken", contact.token(), contact.username(),
                    agent(a.agent()), List.of());
            case DomainEvent.ThreadClosed c -> new CrmEvent("LivechatSession", contact.token(), contact.username(), null,
                    closingComment(thread));
            default -> null;
        };
    }

    static CrmEvent.Agent agent(User u) { return new CrmEvent.Agent(u.id(), u.username(), u.name()); }

    private CrmEvent message(Event ev, Contact contact) {
        // Hidden events and agents-only ones (whispers, the mediator's own notes) are not the contact's to see.
        if (ev.isHidden() || ev.isAgentsOnly()) return null;
        String agentId = ev.authorKind() == Event.AuthorKind.AGENT && ev.author() != null ? ev.author().id() : null;
        CrmEvent.FileUpload file = FileMessage.of(ev).map(f -> new CrmEvent.FileUpload(links.publicPath(f.id(), f.name()),
                f.type(), f.id(), f.name())).orElse(null);
        // A file's caption is the message text, else the uploader's description.
        String text = file != null && (ev.text() == null || ev.text().isEmpty())
                ? FileMessage.of(ev).map(FileMessage::description).orElse(null) : ev.text();
        var item = new CrmEvent.Item(ev.id(), ev.author() == null ? null : ev.author().username(), text, agentId,
                ev.type(), ev.editedAt() == null ? null : ev.editedAt().toString(), false, file);
        return new CrmEvent("Message", contact.token(), contact.username(), null, List.of(item));
    }

    /** An agent's closing comment is the client's closing notice (§5.5.3); a visitor's close has none. */
    private static List<CrmEvent.Item> closingComment(Thread t) {
        if (!"user".equals(t.closer()) || t.closeComment() == null || t.closeComment().isBlank()) return List.of();
        return List.of(new CrmEvent.Item(null, t.closedBy() == null ? null : t.closedBy().username(), t.closeComment(),
                t.closedBy() == null ? null : t.closedBy().id(), "livechat-close", null, true, null));
    }
}
