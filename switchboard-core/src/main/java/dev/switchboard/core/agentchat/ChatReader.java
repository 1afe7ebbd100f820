package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.ChatStore;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads chats for the LiveChat v3.6 API ({@code get_chat}, {@code list_chats}), with the requester's
 * access applied: an unknown chat is {@link NotFound}, one the requester may not see
 * {@link Forbidden} ({@code missing_access}). Thread-safe.
 */
public final class ChatReader {
    /** How many of a thread's newest events a summary looks through for the last event of each type. */
    private static final int SUMMARY_EVENTS = 100;

    private final Store store;

    public ChatReader(Store store) { this.store = store; }

    /**
     * A chat with one thread: {@code threadId}, or the newest when null.
     *
     * @throws NotFound  {@code chat} or {@code thread} when unknown (or the thread is another chat's)
     * @throws Forbidden {@code missing_access} when the requester may not see the chat
     */
    public ChatSnapshot get(User requester, String chatId, String threadId) {
        return store.read(tx -> {
            Chat chat = tx.chats().findById(chatId).orElseThrow(() -> new NotFound("chat", "Chat not found"));
            Thread latest = latest(tx, chat);
            requireVisible(tx, requester, chat, latest);
            Thread thread = latest;
            if (threadId != null) {
                thread = tx.threads().findById(threadId).filter(t -> t.chatId().equals(chat.id()))
                        .orElseThrow(() -> new NotFound("thread", "Thread not found"));
            }
            return snapshot(tx, requester, chat, thread, 0);
        });
    }

    /** One page of the chats the requester may see, each with its newest thread. */
    public Page<ChatSnapshot> list(User requester, ChatStore.ChatQuery query, int offset, int limit) {
        return list(requester, query, List.of(), offset, limit);
    }

    /**
     * As {@link #list(User, ChatStore.ChatQuery, int, int)}, keeping only chats whose properties pass
     * every filter. Properties are JSON the two databases query differently, so with property filters
     * the listing reads every other match and pages after filtering (fine for the chat counts one
     * node serves; a database-side filter is the step if that ever shows in a profile).
     */
    public Page<ChatSnapshot> list(User requester, ChatStore.ChatQuery query, List<PropertyFilter> properties,
                                   int offset, int limit) {
        return store.read(tx -> {
            ChatStore.ChatQuery scoped = ChatScope.of(tx, requester, query);
            Page<Chat> page;
            if (properties.isEmpty()) {
                page = tx.chats().list(scoped, offset, limit);
            } else {
                List<Chat> all = tx.chats().list(scoped, 0, 0).items().stream()
                        .filter(c -> PropertyFilter.all(properties, c.properties())).toList();
                page = new Page<>(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())), all.size());
            }
            List<ChatSnapshot> out = new ArrayList<>(page.items().size());
            Map<String, Long> groupIds = tx.chats().groupIds();
            for (Chat chat : page.items()) {
                out.add(snapshot(tx, requester, chat, latest(tx, chat), SUMMARY_EVENTS, groupIds));
            }
            return new Page<>(out, page.total());
        });
    }

    /**
     * A thread's chat as every agent may see it, for realtime pushes rendered once for all their
     * recipients ({@code is_followed} false); empty when the thread or chat is gone.
     */
    public Optional<ChatSnapshot> forPush(String threadId) {
        return store.read(tx -> tx.threads().findById(threadId).flatMap(thread -> tx.chats().findById(thread.chatId())
                .map(chat -> snapshot(tx, null, chat, thread, 0))));
    }

    /** A thread by id, without access checks (pushes name its chat). */
    public Optional<Thread> thread(String threadId) { return store.read(tx -> tx.threads().findById(threadId)); }

    /** The departments an agent belongs to. */
    public List<String> departmentsOf(String agentId) {
        return store.read(tx -> tx.departments().departmentIdsOfAgent(agentId));
    }

    /** Every department's LiveChat group id. */
    public Map<String, Long> groupIds() { return store.read(tx -> tx.chats().groupIds()); }

    static Thread latest(StoreTx tx, Chat chat) {
        return chat.lastThreadId() == null ? null : tx.threads().findById(chat.lastThreadId()).orElse(null);
    }

    static void requireVisible(StoreTx tx, User requester, Chat chat, Thread latest) {
        List<String> departments = tx.departments().departmentIdsOfAgent(requester.id());
        if (!ChatAccess.canSee(requester, latest, departments, tx.chats().members(chat.id()))) {
            throw new Forbidden("missing_access", "Missing access");
        }
    }

    /** @param eventLimit the newest events to read (0: all of them) */
    static ChatSnapshot snapshot(StoreTx tx, User requester, Chat chat, Thread thread, int eventLimit) {
        return snapshot(tx, requester, chat, thread, eventLimit, tx.chats().groupIds());
    }

    /** @param groupIds every department's group id, read once by callers that build many snapshots */
    static ChatSnapshot snapshot(StoreTx tx, User requester, Chat chat, Thread thread, int eventLimit,
                                 Map<String, Long> groupIds) {
        List<ChatMember> members = tx.chats().members(chat.id());
        List<User> agents = new ArrayList<>();
        if (thread != null && thread.agent() != null) tx.users().findById(thread.agent().id()).ifPresent(agents::add);
        for (ChatMember m : members) {
            if (agents.stream().noneMatch(a -> a.id().equals(m.userId()))) tx.users().findById(m.userId()).ifPresent(agents::add);
        }
        List<Event> events = List.of();
        String previous = null;
        String next = null;
        // The contact's threads, newest first: read once for the neighbours and for the customer's facts.
        List<Thread> contactThreads = tx.threads().listByContact(chat.contactId());
        if (thread != null) {
            events = new ArrayList<>(tx.events().history(thread.id(), null, Set.of(), 0, eventLimit));
            Collections.reverse(events);
            List<Thread> threads = contactThreads.stream().filter(t -> t.chatId().equals(chat.id())).toList();
            int at = indexOf(threads, thread.id());
            // listByContact is newest first: the previous thread is the next one in the list.
            if (at >= 0 && at + 1 < threads.size()) previous = threads.get(at + 1).id();
            if (at > 0) next = threads.get(at - 1).id();
        }
        boolean followed = requester != null && !tx.chats().followedBy(requester.id(), List.of(chat.id())).isEmpty();
        ChatSnapshot.QueueSpot queue = thread == null ? null : QueueSpots.of(tx, thread);
        String requesterId = requester == null ? null : requester.id();
        CustomerFacts customer = tx.contacts().findById(chat.contactId()).map(c -> CustomerFacts.of(tx, c, contactThreads, requesterId)).orElse(null);
        return new ChatSnapshot(chat, customer, thread,
                thread == null ? dev.switchboard.core.model.Properties.EMPTY
                        : ThreadProperties.of(thread, tx.chats().threadProperties(thread.id())),
                events, agents, members, tx.chats().seenUpTo(chat.id()), followed, previous, next, groupIds, queue);
    }

    private static int indexOf(List<Thread> threads, String id) {
        for (int i = 0; i < threads.size(); i++) if (threads.get(i).id().equals(id)) return i;
        return -1;
    }
}
