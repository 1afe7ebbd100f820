package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The visitor's page navigation (rocketchat-livechat.md §3.6 {@code livechat/page.visited}), kept as
 * {@code livechat_navigation_history} system messages the way Rocket.Chat's {@code savePageHistory}
 * writes them: {@code msg = "<title> - <href>"}, {@code navigation = {page: {change, title,
 * location: {href}}, token}}, written by the {@code rocket.cat} bot. Thread-safe.
 *
 * <p>Upstream rules kept: only changes of the kind named by {@code Livechat_history_monitor_type}
 * ({@code url} by default) are recorded; unless {@code Livechat_Visitor_navigation_as_a_message} is on
 * (off by default) the message is hidden ({@link Event#HIDDEN}): stored, but left out of history and
 * never pushed, so nothing is published for it. Switchboard decisions: the token must be known and a
 * given room must be the visitor's (§1.9 rule 2); without a room, or with a closed one, nothing is
 * stored (upstream keeps room-less entries for a month, which a thread-based store has no place for).
 */
public final class PageVisitService {
    public static final String TYPE = "livechat_navigation_history";
    static final String MONITOR_TYPE = "Livechat_history_monitor_type";
    static final String AS_MESSAGE = "Livechat_Visitor_navigation_as_a_message";
    /** Longest title or address kept: generous for real pages, small enough to keep rooms lean. */
    public static final int MAX_FIELD_LENGTH = 8192;
    private static final UserRef ROCKET_CAT = new UserRef("rocket.cat", "rocket.cat");
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;

    /** One navigation step as the widget reports it; every field non-null. */
    public record PageInfo(String change, String title, String href) {}

    public PageVisitService(Store store, Clock clock, Settings settings, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /**
     * Records a navigation step in the visitor's open room.
     *
     * @param rid the visitor's room (nullable; empty means none)
     * @return the stored navigation message, or empty when nothing was stored (no or closed room, or a
     *         change the monitor type ignores)
     * @throws Invalid plain {@code invalid-token}, {@code invalid-room}; {@code invalid-params} for an
     *                 overlong title or address
     */
    public Optional<Event> visited(String token, String rid, PageInfo page) {
        checkLength("pageInfo.title", page.title());
        checkLength("pageInfo.location.href", page.href());
        AfterCommit after = new AfterCommit();
        // An empty rid means none, as upstream's falsy test has it. Without a room nothing is stored,
        // and the widget reports visits before its visitor is even registered: that must succeed.
        if (token == null || token.isEmpty()) throw new Invalid("invalid-token", null);
        if (rid == null || rid.isEmpty()) return Optional.empty();
        Optional<Event> stored = store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            if (!thread.isOpen() || !page.change().equals(settings.string(MONITOR_TYPE))) {
                return Optional.<Event>empty();
            }
            Event event = tx.events().append(navigation(thread.id(), contact.token(), page, clock.instant()));
            if (!event.isHidden()) after.add(new DomainEvent.EventPosted(thread, event));
            return Optional.of(event);
        });
        after.publishTo(bus);
        return stored;
    }

    private Event navigation(String threadId, String token, PageInfo page, Instant at) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("change", page.change());
        pageInfo.put("title", page.title());
        pageInfo.put("location", Map.of("href", page.href()));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("navigation", Map.of("page", pageInfo, "token", token));
        if (!settings.bool(AS_MESSAGE)) attributes.put(Event.HIDDEN, true);
        return SystemEvents.of(threadId, TYPE, page.title() + " - " + page.href(), ROCKET_CAT, Event.AuthorKind.SYSTEM,
                "Rocket.Cat", attributes, at);
    }

    private static void checkLength(String name, String value) {
        if (value.length() > MAX_FIELD_LENGTH) {
            throw new Invalid("invalid-params", "'" + name + "' must be at most " + MAX_FIELD_LENGTH + " characters");
        }
    }
}
