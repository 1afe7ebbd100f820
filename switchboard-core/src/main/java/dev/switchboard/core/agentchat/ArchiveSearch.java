package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.SurveyFeedback;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.core.store.ThreadStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LiveChat {@code list_archives} (§4.4): one entry per thread the requester may see, newest first
 * unless ascending, filtered by {@link ArchiveQuery}. The time range narrows the threads in the
 * database; the rest is judged here, thread by thread, reading events only for the filters that need
 * them (a database-side search is the next step if archives grow past what one read can scan).
 * Thread-safe.
 */
public final class ArchiveSearch {
    private final Store store;

    public ArchiveSearch(Store store) { this.store = store; }

    public Page<ChatSnapshot> search(User requester, ArchiveQuery q, int offset, int limit) {
        return store.read(tx -> {
            ThreadStore.ThreadQuery range = new ThreadStore.ThreadQuery(List.of(), null, null, null, q.from(), q.to(),
                    null, null, List.of(), null, Map.of());
            List<Thread> threads = new ArrayList<>(q.threadIds() != null ? tx.threads().findAllById(q.threadIds())
                    : tx.threads().list(range, PageRequest.all()).items());
            Comparator<Thread> order = Comparator.comparing(Thread::createdAt).thenComparing(Thread::id);
            threads.sort(q.ascending() ? order : order.reversed());
            Map<String, Chat> chats = new HashMap<>();
            List<String> departments = tx.departments().departmentIdsOfAgent(requester.id());
            List<Thread> matching = new ArrayList<>();
            for (Thread t : threads) {
                Chat chat = chats.computeIfAbsent(t.chatId(), id -> tx.chats().findById(id).orElse(null));
                if (chat == null || !ChatAccess.canSee(requester, t, departments, tx.chats().members(chat.id()))) continue;
                if (matches(tx, q, chat, t)) matching.add(t);
            }
            List<ChatSnapshot> page = new ArrayList<>();
            var groupIds = tx.chats().groupIds();
            for (Thread t : matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()))) {
                page.add(ChatReader.snapshot(tx, requester, chats.get(t.chatId()), t, 0, groupIds));
            }
            return new Page<>(page, matching.size());
        });
    }

    private static boolean matches(StoreTx tx, ArchiveQuery q, Chat chat, Thread t) {
        if (q.chatIds() != null && !q.chatIds().contains(chat.id())) return false;
        if (q.customerId() != null && !q.customerId().equals(chat.contactId())) return false;
        if (q.from() != null && t.createdAt().isBefore(q.from()) || q.to() != null && t.createdAt().isAfter(q.to())) return false;
        if (q.departmentIds() != null && !q.departmentIds().contains(t.departmentId())) return false;
        if (q.agents() != null && !q.agents().matches(t.agent() == null ? List.of() : List.of(t.agent().id()))) return false;
        if (q.tags() != null && !q.tags().matches(t.tags())) return false;
        if (q.absent().stream().anyMatch(f -> !f.matches(List.of()))) return false;
        if (!q.properties().isEmpty() && !(PropertyFilter.all(q.properties(), chat.properties())
                || PropertyFilter.all(q.properties(), tx.chats().threadProperties(t.id())))) {
            return false;
        }
        if (q.customerEmail() != null && !tx.contacts().findById(chat.contactId())
                .map(c -> q.customerEmail().equalsIgnoreCase(c.email())).orElse(false)) {
            return false;
        }
        if (!q.agentTypes().isEmpty()) {
            String kind = t.agent() == null ? null : tx.users().findById(t.agent().id())
                    .map(u -> u.hasRole(Role.BOT) ? "chatbot" : "human").orElse(null);
            List<String> kinds = kind == null ? List.of() : List.of(kind);
            if (q.agentTypes().stream().anyMatch(f -> !f.matches(kinds))) return false;
        }
        if (!surveyMatches(tx, q, t)) return false;
        if (q.query() == null && q.eventTypes() == null && q.agentResponded() == null) return true;
        List<Event> events = tx.events().history(t.id(), null, Set.of(), 0, 0);
        if (q.query() != null) {
            String needle = q.query().toLowerCase(Locale.ROOT);
            if (events.stream().noneMatch(e -> e.text() != null && e.text().toLowerCase(Locale.ROOT).contains(needle))) return false;
        }
        if (q.eventTypes() != null && !q.eventTypes().matches(events.stream().map(ArchiveSearch::type).toList())) return false;
        return q.agentResponded() == null
                || q.agentResponded() == events.stream().anyMatch(e -> !e.isSystem() && e.authorKind() == Event.AuthorKind.AGENT);
    }

    private static boolean surveyMatches(StoreTx tx, ArchiveQuery q, Thread t) {
        if (q.surveys().isEmpty() && q.surveyExists() == null) return true;
        SurveyFeedback survey = tx.surveys().findByThread(t.id()).orElse(null);
        if (q.surveyExists() != null && q.surveyExists() != (survey != null)) return false;
        for (ArchiveQuery.SurveyAnswer a : q.surveys()) {
            if (!a.postChat() || survey == null || survey.items().stream().noneMatch(i -> i.value().equals(a.answer()))) {
                return false;
            }
        }
        return true;
    }

    /** The LiveChat type of an event, as the adapter renders it (§3.7.1). */
    static String type(Event e) {
        if (e.isSystem()) return "system_message";
        if (e.attributes().containsKey(dev.switchboard.core.files.FileMessage.ATTRIBUTE)) return "file";
        return e.livechat().get("type") instanceof String type ? type : "message";
    }
}
