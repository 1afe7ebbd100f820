package dev.switchboard.mediator;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.http.OutboundHttp;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.livechat.RoomRequest;
import dev.switchboard.core.livechat.RoomService;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.livechat.VisitorService;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.MediatorSession;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.Store;
import dev.switchboard.mediator.hours.DayStatusQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code registerClient} (live-agents-mediator.md §4.3): validate, gate on business hours, reuse an
 * open session, then register the visitor, open its room and post the flow results (and, when
 * configured, the recent conversation with the bot), through the same
 * core services the Rocket.Chat visitor endpoints use. Thread-safe.
 */
public final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    /** Marks a room as the mediator's: the in-transaction relay acts only on rooms with this source. */
    public static final Thread.ThreadSource SOURCE = new Thread.ThreadSource("api", "live-agents");
    private final Store store;
    private final Clock clock;
    private final VisitorService visitors;
    private final RoomService rooms;
    private final MessageService messages;
    private final DayStatusQuery dayStatus;
    private final BusinessKeys keys;
    private final RecentConversation recent;

    public Registration(Store store, Clock clock, VisitorService visitors, RoomService rooms, MessageService messages,
                        DayStatusQuery dayStatus, BusinessKeys keys, MediatorConfig config, OutboundHttp http) {
        this.store = store;
        this.clock = clock;
        this.visitors = visitors;
        this.rooms = rooms;
        this.messages = messages;
        this.dayStatus = dayStatus;
        this.keys = keys;
        this.recent = new RecentConversation(config, http);
    }

    public Reply register(RegisterRequest r) {
        if (blank(r.uuid()) || blank(r.department())) return Reply.error(400, "contact.uuid and department are required");
        Optional<Department> department = store.read(tx -> tx.departments().findById(r.department())
                .or(() -> tx.departments().findByName(r.department())));
        if (department.isEmpty()) return Reply.error(400, "Invalid department");
        BusinessKeys.Keys k = keys.resolve(department.get().name(), r.project(), r.country());
        var outcome = dayStatus.evaluate(k.project(), k.country(), department.get().id(), "No working-hours configuration for project %s and country %s");
        if (outcome.refusal() != null) return outcome.refusal();
        if (!outcome.status().registrationAvailable()) {
            return new Reply(403, "error", outcome.status().message(), outcome.status().fields());
        }
        Optional<String> open = openRoomOf(r.uuid());
        if (open.isPresent()) return Reply.success("Client already registered", Map.of("rid", open.get()));
        var now = clock.instant();
        // Stored before the room opens: routing may assign an agent at once, and the relay needs the session then.
        MediatorSession session = new MediatorSession(r.uuid(), null, department.get().id(), k.project(), k.country(),
                r.name(), r.urn(), r.mongoid(), MediatorSession.QUEUED, null, null, null, null, now, now);
        store.write(tx -> { tx.mediatorSessions().put(session); return null; });
        try {
            visitors.register(new VisitorRegistration(r.uuid(), r.displayName(), null, null, department.get().id(), null,
                    customFields(r, k), null));
            String rid = rooms.getOrCreate(new RoomRequest(r.uuid(), null, null, SOURCE)).room().thread().id();
            store.write(tx -> {
                tx.mediatorSessions().find(r.uuid()).ifPresent(s -> tx.mediatorSessions().put(s.withRoom(rid, clock.instant())));
                return null;
            });
            if (!r.results().isEmpty()) messages.sendFromVisitor(r.uuid(), rid, resultsText(r.results()), null);
            recent.of(r.uuid()).ifPresent(transcript -> messages.sendFromVisitor(r.uuid(), rid, transcript, null));
            return Reply.success("Client registered successfully", Map.of("rid", rid));
        } catch (Invalid e) {
            LOG.warn("registerClient for a contact failed: {} {}", e.code(), e.reason());
            store.write(tx -> tx.mediatorSessions().delete(r.uuid()));
            return refusal(e);
        }
    }

    /**
     * A refused room as the caller's answer, never a 5xx: the bot's flow routes on it. Nobody online
     * (with {@code Livechat_accept_chats_with_no_agents} off) and a banned contact are states of the
     * service, 403 like closed hours; anything else the core refused is a bad request.
     */
    private static Reply refusal(Invalid e) {
        return switch (e.code()) {
            case "no-agent-online" -> Reply.error(403, "No agent is online");
            case "error-customer-banned" -> Reply.error(403, "Contact is banned");
            default -> Reply.error(400, "Could not register client: " + (e.reason() == null ? e.code() : e.reason()));
        };
    }

    /** The room of the contact's session while it is open; a stale session (closed room) does not count. */
    private Optional<String> openRoomOf(String uuid) {
        return store.read(tx -> tx.mediatorSessions().find(uuid).map(MediatorSession::rid)
                .flatMap(rid -> tx.threads().findById(rid)).filter(Thread::isOpen).map(Thread::id));
    }

    /** One {@code name: value} line per flow result (§4.5). */
    static String resultsText(Map<String, String> results) {
        return results.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static List<VisitorRegistration.CustomFieldValue> customFields(RegisterRequest r, BusinessKeys.Keys k) {
        List<VisitorRegistration.CustomFieldValue> f = new ArrayList<>();
        if (!blank(r.urn())) f.add(new VisitorRegistration.CustomFieldValue("urn", r.urn(), true));
        if (!blank(r.mongoid())) f.add(new VisitorRegistration.CustomFieldValue("mongoid", r.mongoid(), true));
        f.add(new VisitorRegistration.CustomFieldValue("project", k.project(), true));
        f.add(new VisitorRegistration.CustomFieldValue("country", k.country(), true));
        return f;
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
