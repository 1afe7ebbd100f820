package dev.switchboard.store.jdbc;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Inquiry.InquiryStatus;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records for the contract tests: a fully populated and a minimally populated one of each type.
 * Instants have whole milliseconds, the precision the store keeps.
 */
final class Fixtures {
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123Z");

    private Fixtures() {}

    /** {@code T0} plus some minutes. */
    static Instant at(int minutes) { return T0.plusSeconds(60L * minutes); }

    static User fullUser(String username) {
        return new User(Ids.newId(), username, "Full " + username, username + "@example.com", "$2a$10$hash",
                Set.of(Role.ADMIN, Role.LIVECHAT_AGENT), true, Presence.AWAY, "back soon",
                LivechatStatus.AVAILABLE, true, at(1), at(2));
    }

    static User minimalUser(String username) {
        return new User(Ids.newId(), username, username, null, null, Set.of(), false, null, null, null, false,
                at(1), at(1));
    }

    static User agent(String username, LivechatStatus livechat, Presence presence, Role... more) {
        Set<Role> roles = new java.util.HashSet<>(List.of(more));
        roles.add(Role.LIVECHAT_AGENT);
        return new User(Ids.newId(), username, username, null, null, roles, true, presence, "", livechat, false,
                at(0), at(0));
    }

    static Contact fullContact() {
        return new Contact(Ids.newId(), Ids.newSecret(), "guest-1", "Vera Visitor", "vera@example.com", "+4915100",
                "dept-1", Map.of("plan", "gold", "Order.Id", "A-17"), "online", "thread-9", at(3), at(1), at(3));
    }

    static Contact minimalContact() {
        return new Contact(Ids.newId(), Ids.newSecret(), "guest-" + Ids.newId(), null, null, null, null, Map.of(),
                "offline", null, null, at(1), at(1));
    }

    /** An open, unserved thread of a new chat of a new contact. */
    static Thread newOpenThread(StoreTx tx) {
        Contact contact = minimalContact();
        tx.contacts().insert(contact);
        Thread thread = minimalThread(tx.threads().chatFor(contact.id(), "web"), contact.id(), at(0));
        tx.threads().insert(thread);
        return thread;
    }

    static Thread minimalThread(String chatId, String contactId, Instant createdAt) {
        return thread(chatId, contactId, "Visitor", null, null, List.of(), Map.of(), createdAt);
    }

    static Thread thread(String chatId, String contactId, String name, String departmentId, ServingAgent agent,
                         List<String> tags, Map<String, String> customFields, Instant createdAt) {
        return new Thread(Ids.newId(), chatId, contactId, name, departmentId, agent, null, tags, customFields, 0,
                null, createdAt, createdAt, null, null, null, null, false);
    }

    /** Every field set, closed. */
    static Thread fullClosedThread(String chatId, String contactId) {
        return new Thread(Ids.newId(), chatId, contactId, "Vera Visitor", "dept-1",
                new ServingAgent("agent-1", "alice", at(1)), new ThreadSource("sms", "+4930123"),
                List.of("billing", "vip"), Map.of("plan", "gold"), 7, at(4), at(0), at(5), at(5), "user",
                new UserRef("agent-1", "alice"), "solved", false);
    }

    static Event message(String threadId, String text, Instant at) {
        return new Event(Ids.newId(), threadId, 0, null, text, new UserRef("c1", "guest-1"), AuthorKind.CONTACT,
                null, null, null, Map.of(), at, at, null);
    }

    static Event systemEvent(String threadId, String type, Instant at) {
        return new Event(Ids.newId(), threadId, 0, type, "", null, AuthorKind.SYSTEM, null, null, null, Map.of(),
                at, at, null);
    }

    static Inquiry queued(Thread thread, String departmentId, String defaultAgentId, String name, Instant at) {
        return new Inquiry(Ids.newHexId(), thread.id(), thread.contactId(), name, InquiryStatus.QUEUED,
                departmentId, defaultAgentId, "widget", at, at, null, null, at);
    }

    static Department fullDepartment(String name) {
        return new Department(Ids.newId(), name, true, true, true, "sales@example.com", "Sales people", at(1), at(2), 3);
    }

    static Department minimalDepartment(String name) {
        return new Department(Ids.newId(), name, false, false, false, null, null, at(1), at(1), 0);
    }
}
