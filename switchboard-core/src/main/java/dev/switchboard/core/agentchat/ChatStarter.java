package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.livechat.RoomOpening;
import dev.switchboard.core.livechat.Router;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LiveChat {@code start_chat} and {@code resume_chat} (§4.5, §4.6): an agent opens a new thread for a
 * customer. The thread is a real livechat room made by {@link RoomOpening}, the path a widget
 * visitor's room takes, so the visitor's widget and Rocket.Chat agents see it; an agent requester
 * serves it at once (it started the conversation), anyone else leaves it to routing. A customer has one
 * web chat in Switchboard, so {@code start_chat} opens the new thread in that chat (creating it when the
 * customer has none) and refuses, like {@code resume_chat}, while the chat is active
 * ([decision] {@code validation}). {@code active: false} stores the thread already closed. Everything,
 * initial events included, is one transaction. Thread-safe.
 */
public final class ChatStarter {
    private static final Thread.ThreadSource SOURCE = new Thread.ThreadSource("api", null);
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final Router router;

    public ChatStarter(Store store, Clock clock, EventBus bus, Router router) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.router = router;
    }

    /**
     * @throws NotFound  {@code chat}, {@code customer}, {@code user}
     * @throws Forbidden {@code missing_access} (the chat or the requested group), {@code groups_offline}
     * @throws Invalid   {@code validation}: no customer, another customer, the chat is already active
     */
    public ChatStart.Started start(User requester, ChatStart request) {
        AfterCommit after = new AfterCommit();
        Instant now = clock.instant();
        ChatStart.Started started = store.write(tx -> {
            Contact contact = contact(tx, requester, request);
            if (tx.threads().findOpenByContact(contact.id()).isPresent()) throw new Invalid("validation", "Chat is already active");
            requireGroup(tx, requester, request);
            List<User> agents = new ArrayList<>();
            for (String id : request.agentIds()) {
                agents.add(tx.users().findById(id).filter(User::active).filter(u -> u.hasRole(Role.LIVECHAT_AGENT)
                        || u.hasRole(Role.BOT)).orElseThrow(() -> new NotFound("user", "User not found: " + id)));
            }
            Thread thread = request.active() ? open(tx, requester, contact, request, now, after)
                    : closed(tx, requester, contact, request, now);
            String chatId = thread.chatId();
            for (User agent : agents) tx.chats().addMember(new ChatMember(chatId, agent.id(), "all", now));
            if (!request.chatProperties().isEmpty()) {
                tx.chats().setProperties(chatId, tx.chats().findById(chatId).orElseThrow().properties()
                        .merged(request.chatProperties()));
            }
            if (!request.threadProperties().isEmpty()) tx.chats().setThreadProperties(thread.id(), request.threadProperties());
            List<String> eventIds = new ArrayList<>();
            for (NewEvent draft : request.events()) {
                Event event = tx.events().append(ChatEventService.toEvent(requester, thread.id(), draft, now));
                if (!event.isSystem()) {
                    thread = thread.withMessage(now);
                    tx.threads().update(thread);
                }
                if (request.active()) after.add(new DomainEvent.EventPosted(thread, event));
                eventIds.add(event.id());
            }
            tx.chats().markSeen(chatId, requester.id(), now);
            return new ChatStart.Started(chatId, thread.id(), eventIds);
        });
        after.publishTo(bus);
        if (request.active()) router.requestDrain();
        return started;
    }

    private static Contact contact(StoreTx tx, User requester, ChatStart request) {
        if (request.chatId() == null) {
            if (request.customerId() == null) throw new Invalid("validation", "`chat.users` must list the customer");
            return tx.contacts().findById(request.customerId()).orElseThrow(() -> new NotFound("customer", "Customer not found"));
        }
        ChatLookup found = ChatLookup.of(tx, requester, request.chatId());
        if (found.active()) throw new Invalid("validation", "Chat is already active");
        if (request.customerId() != null && !request.customerId().equals(found.chat().contactId())) {
            throw new Invalid("validation", "A chat can have only one customer");
        }
        return tx.contacts().findById(found.chat().contactId()).orElseThrow(() -> new NotFound("customer", "Customer not found"));
    }

    private static void requireGroup(StoreTx tx, User requester, ChatStart request) {
        String department = request.departmentId();
        if (department != null && !RolePermissions.has(requester, Permission.VIEW_LIVECHAT_ROOMS)
                && !tx.departments().departmentIdsOfAgent(requester.id()).contains(department)) {
            throw new Forbidden("missing_access", "Missing access to the requested group");
        }
        if (request.active() && !request.continuous() && tx.users().onlineAgents(department).isEmpty()) {
            throw new Forbidden("groups_offline", "Groups offline");
        }
    }

    private static Thread open(StoreTx tx, User requester, Contact contact, ChatStart request, Instant now, AfterCommit after) {
        Thread thread = RoomOpening.open(tx, contact, Ids.newId(), request.departmentId(), SOURCE, request.tags(), null, now, after);
        return requester.hasRole(Role.LIVECHAT_AGENT) ? RoomOpening.assign(tx, thread, requester, now, after) : thread;
    }

    /** An inactive thread: stored closed by the requester, with no inquiry, so nothing routes it. */
    private static Thread closed(StoreTx tx, User requester, Contact contact, ChatStart request, Instant now) {
        Thread thread = new Thread(Ids.newId(), tx.threads().chatFor(contact.id(), RoomOpening.WEB_CHANNEL), contact.id(), contact.displayName(),
                request.departmentId(), null, SOURCE, request.tags(), Map.of(), 0, null, now, now, now, "user",
                new UserRef(requester.id(), requester.username()), null, false);
        tx.threads().insert(thread);
        return thread;
    }
}
