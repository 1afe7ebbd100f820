package dev.switchboard.mediator.webhook;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.InTransactionListener;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.mediator.JsonText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Switchboard's outgoing Rocket.Chat-style CRM webhooks (live-agents-mediator.md §11.5): for each
 * enabled event type, the §11.3 payload is queued in the outbox of the transaction that made the
 * change, for every room (not only the mediator's). The URL is the one configured at that moment;
 * the secret header is added when sending. Thread-safe.
 */
public final class CrmWebhooks implements InTransactionListener {
    public static final String URL = "Livechat_webhookUrl";
    public static final String SECRET = "Livechat_secret_token";
    public static final String TIMEOUT = "Livechat_http_timeout";
    public static final String ON_START = "Livechat_webhook_on_start";
    public static final String ON_CLOSE = "Livechat_webhook_on_close";
    public static final String ON_TAKEN = "Livechat_webhook_on_chat_taken";
    public static final String ON_QUEUED = "Livechat_webhook_on_chat_queued";
    public static final String ON_FORWARD = "Livechat_webhook_on_forward";
    public static final String ON_VISITOR_MESSAGE = "Livechat_webhook_on_visitor_message";
    public static final String ON_AGENT_MESSAGE = "Livechat_webhook_on_agent_message";
    public static final String ON_OFFLINE_MESSAGE = "Livechat_webhook_on_offline_msg";
    public static final String ON_CAPTURE = "Livechat_webhook_on_capture";
    /** The toggles, all off by default. */
    public static final List<String> TOGGLES = List.of(ON_START, ON_CLOSE, ON_TAKEN, ON_QUEUED, ON_FORWARD,
            ON_OFFLINE_MESSAGE, ON_VISITOR_MESSAGE, ON_AGENT_MESSAGE, ON_CAPTURE);
    private static final int MAX_MESSAGES = 100;
    private final Settings settings;
    private final Clock clock;
    private final LeadCapture leads;
    private final FileLinks links;

    /** @param links signs {@code fileUpload.publicFilePath}, so receivers can fetch files (§11.5) */
    public CrmWebhooks(Settings settings, Clock clock, FileLinks links) {
        this.settings = settings;
        this.clock = clock;
        this.links = links;
        this.leads = new LeadCapture(settings);
    }

    @Override
    public void inTransaction(StoreTx tx, List<DomainEvent> events) {
        String url = String.valueOf(settings.get(URL));
        if (settings.get(URL) == null || url.isBlank()) return;
        for (DomainEvent e : events) {
            switch (e) {
                case DomainEvent.ThreadOpened o -> {
                    send(tx, url, ON_START, "LivechatSessionStart", o.thread(), null, null);
                    send(tx, url, ON_QUEUED, "LivechatSessionQueued", o.thread(), null, null);
                }
                case DomainEvent.AgentAssigned a -> send(tx, url, ON_TAKEN, "LivechatSessionTaken", a.thread(), null,
                        Map.of("servedBy", Map.of("_id", a.agent().id(), "username", a.agent().username())));
                case DomainEvent.ThreadClosed c -> send(tx, url, ON_CLOSE, "LivechatSession", c.thread(), null, closing(c.thread()));
                case DomainEvent.InquiryRequeued r -> send(tx, url, ON_FORWARD, "LivechatSessionForwarded", r.thread(), null,
                        r.previousAgentId() == null ? Map.of() : Map.of("oldServedBy", Map.of("_id", r.previousAgentId())));
                case DomainEvent.EventPosted p when !p.event().isSystem() && !p.event().isHidden() -> {
                    send(tx, url, p.event().authorKind() == Event.AuthorKind.AGENT ? ON_AGENT_MESSAGE : ON_VISITOR_MESSAGE,
                            "Message", p.thread(), p.event(), null);
                    leadCapture(tx, url, p.thread(), p.event());
                }
                case DomainEvent.OfflineMessageLeft o -> offlineMessage(tx, url, o);
                default -> { }
            }
        }
    }

    /** A visitor's message holding an e-mail address or phone number is a lead: stored on the visitor, then sent without messages. */
    private void leadCapture(StoreTx tx, String url, Thread thread, Event message) {
        if (!settings.bool(ON_CAPTURE)) return;
        Optional<Contact> lead = tx.contacts().findById(thread.contactId()).flatMap(c -> leads.capture(c, message, clock.instant()));
        if (lead.isEmpty()) return;
        tx.contacts().update(lead.get());
        Map<String, Object> body = CrmPayload.room(thread, lead.get());
        body.put("type", "LeadCapture");
        body.put("messages", List.of());
        queue(tx, url, "LeadCapture", thread, body);
    }

    /** Upstream's offlineMessage hook: its own shape, no room. */
    private void offlineMessage(StoreTx tx, String url, DomainEvent.OfflineMessageLeft o) {
        if (!settings.bool(ON_OFFLINE_MESSAGE)) return;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "LivechatOfflineMessage");
        body.put("sentAt", o.sentAt().toString());
        body.put("visitor", Map.of("name", o.message().name(), "email", o.message().email()));
        body.put("message", o.message().message());
        tx.outbox().add(OutboxItem.pending(Ids.newId(), OutboxItem.WEBHOOK, "LivechatOfflineMessage", url, JsonText.write(body),
                null, clock.instant()));
    }

    private void send(StoreTx tx, String url, String toggle, String type, Thread thread, Event only, Map<String, Object> extra) {
        if (!settings.bool(toggle)) return;
        Optional<Contact> contact = tx.contacts().findById(thread.contactId());
        if (contact.isEmpty()) return;
        Map<String, Object> body = CrmPayload.room(thread, contact.get());
        body.put("type", type);
        body.put("messages", only != null ? List.of(CrmPayload.message(only, contact.get(), links)) : history(tx, thread, contact.get()));
        if (thread.departmentId() != null) body.put("departmentId", thread.departmentId());
        if (extra != null) body.putAll(extra);
        queue(tx, url, type, thread, body);
    }

    /** The room's payload with its {@code crmData}, in the outbox of the room's stream. */
    private void queue(StoreTx tx, String url, String type, Thread thread, Map<String, Object> body) {
        tx.crmData().find(thread.id()).ifPresent(data -> body.put("crmData", JsonText.parsedOrText(data)));
        tx.outbox().add(OutboxItem.pending(Ids.newId(), OutboxItem.WEBHOOK, type, url, JsonText.write(body), thread.id(),
                clock.instant()));
    }

    /** The visible messages of the room, oldest first; the close's comment is marked {@code closingMessage}. */
    private List<Map<String, Object>> history(StoreTx tx, Thread thread, Contact contact) {
        List<Event> newestFirst = tx.events().history(thread.id(), null, Set.of(), 0, MAX_MESSAGES);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Event e = newestFirst.get(i);
            if (e.isHidden() || (e.isSystem() && !"livechat-close".equals(e.type()))) continue;
            Map<String, Object> m = CrmPayload.message(e, contact, links);
            if ("livechat-close".equals(e.type())) m.put("closingMessage", true);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> closing(Thread t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.closedAt() != null) m.put("closedAt", t.closedAt().toString());
        if (t.closer() != null) m.put("closer", t.closer());
        if (t.closedBy() != null) m.put("closedBy", Map.of("_id", t.closedBy().id(), "username", t.closedBy().username()));
        return m;
    }
}
