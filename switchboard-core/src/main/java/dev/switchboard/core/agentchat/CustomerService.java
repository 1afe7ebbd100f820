package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.Audience;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * LiveChat's customers (§4.25–§4.30). A customer is a contact: the Rocket.Chat visitor with the
 * same {@code _id}, so name and email are the visitor's own fields in both APIs. Session fields and
 * bans are kept beside the contact; a banned contact cannot open a room through the Rocket.Chat API
 * either ({@code RoomService}). Agents, managers and bots may read and change customers. Thread-safe.
 */
public final class CustomerService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final Settings settings;

    public CustomerService(Store store, Clock clock, EventBus bus, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.settings = settings;
    }

    /**
     * What {@code update_customer} changes; a null field is left as it is. {@code avatar} is accepted
     * but not kept: a contact has no picture in either API's model.
     */
    public record CustomerChange(String name, String email, String avatar, List<Map<String, String>> sessionFields) {
        public boolean isEmpty() { return name == null && email == null && avatar == null && sessionFields == null; }
    }

    /** @throws NotFound {@code customer} */
    public CustomerFacts get(User requester, String customerId) {
        requireAgent(requester);
        return store.read(tx -> CustomerFacts.of(tx, contact(tx, customerId), requester.id()));
    }

    /**
     * A new customer identity (a contact with no room yet, a fresh secret token and the next
     * {@code guest-N} username, as a Rocket.Chat visitor gets), with a UUID v4 id.
     *
     * @return its id
     */
    public String create(User requester, CustomerChange data) {
        requireAgent(requester);
        checkEmail(data.email());
        Instant now = clock.instant();
        return store.write(tx -> {
            String username = "guest-" + settings.nextCounter(tx, SettingsCatalog.GUEST_COUNT);
            Contact c = new Contact(UUID.randomUUID().toString(), dev.switchboard.core.model.Ids.newSecret(), username,
                    data.name(), data.email(), null, null, Map.of(), "offline", null, null, now, now);
            tx.contacts().insert(c);
            if (data.sessionFields() != null) tx.contacts().setSessionFields(c.id(), data.sessionFields());
            return c.id();
        });
    }

    /**
     * @throws Invalid  {@code validation} when nothing is to change or the email is malformed
     * @throws NotFound {@code customer}
     */
    public void update(User requester, String customerId, CustomerChange change) {
        requireAgent(requester);
        if (change.isEmpty()) throw new Invalid("validation", "At least one field besides `id` is required");
        checkEmail(change.email());
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            Contact c = contact(tx, customerId);
            Instant now = clock.instant();
            Map<String, Object> changes = new LinkedHashMap<>();
            if (change.name() != null) changes.put("name", change.name());
            if (change.email() != null) changes.put("email", change.email());
            Contact updated = new Contact(c.id(), c.token(), c.username(), change.name() != null ? change.name() : c.name(),
                    change.email() != null ? change.email() : c.email(), c.phone(), c.departmentId(), c.customFields(),
                    c.status(), c.lastThreadId(), c.lastThreadAt(), c.createdAt(), now);
            tx.contacts().update(updated);
            if (change.sessionFields() != null) {
                tx.contacts().setSessionFields(c.id(), change.sessionFields());
                changes.put("session_fields", change.sessionFields());
            }
            after.add(new DomainEvent.CustomerUpdated(updated, changes, audience(tx, c, false)));
            return null;
        });
        after.publishTo(bus);
    }

    /**
     * Bans the customer for {@code days} days from now: the Rocket.Chat API refuses it new rooms
     * until then; its open room, if any, stays open (the agent may still close it).
     *
     * @throws Invalid  {@code validation} for 0 days
     * @throws NotFound {@code customer}
     */
    public void ban(User requester, String customerId, long days) {
        requireAgent(requester);
        if (days < 1 || days > 36_500) throw new Invalid("validation", "`ban.days` must be between 1 and 36500");
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            Contact c = contact(tx, customerId);
            Instant until = clock.instant().plus(Duration.ofDays(days));
            tx.contacts().setBannedUntil(c.id(), until);
            after.add(new DomainEvent.CustomerBanned(c, days, until, audience(tx, c, true)));
            return null;
        });
        after.publishTo(bus);
    }

    /** Follows (or with {@code follow} false unfollows) the customer; repeating either is no error. */
    public void follow(User requester, String customerId, boolean follow) {
        requireAgent(requester);
        store.write(tx -> {
            Contact c = contact(tx, customerId);
            if (follow) tx.contacts().follow(c.id(), requester.id());
            else tx.contacts().unfollow(c.id(), requester.id());
            return null;
        });
    }

    private static Contact contact(StoreTx tx, String customerId) {
        return tx.contacts().findById(customerId).orElseThrow(() -> new NotFound("customer", "Customer not found"));
    }

    /** The customer's followers and the agent and department of its open thread; with the contact itself if asked. */
    private static Audience audience(StoreTx tx, Contact c, boolean withContact) {
        Set<String> agents = new HashSet<>();
        Set<String> threads = new HashSet<>();
        Set<String> departments = new HashSet<>();
        tx.threads().findOpenByContact(c.id()).ifPresent(t -> {
            Audience a = Audience.ofThread(t);
            agents.addAll(a.agentIds());
            threads.addAll(a.threadIds());
            departments.addAll(a.departmentIds());
        });
        agents.addAll(tx.contacts().followers(c.id()));
        return new Audience(withContact ? Set.of(c.id()) : Set.of(), agents, threads, departments, false);
    }

    private static void checkEmail(String email) {
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) throw new Invalid("validation", "`email` is not an email address");
    }

    /** Agents, managers and administrators (who may see rooms) and bots work with customers. */
    static void requireAgent(User u) {
        if (!u.hasRole(Role.BOT) && !RolePermissions.has(u, Permission.VIEW_L_ROOM)) {
            throw new Forbidden("authorization", "Only agents may do this");
        }
    }
}
