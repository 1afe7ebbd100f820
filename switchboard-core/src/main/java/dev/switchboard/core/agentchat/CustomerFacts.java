package dev.switchboard.core.agentchat;

import dev.switchboard.core.livechat.PageVisitService;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the LiveChat v3.6 Customer structure (§3.3.3) says about a contact beyond the contact record:
 * its counts, its latest visit, last activity, session fields and whether the requester follows it.
 * A visit is the customer's latest thread; its pages are the Rocket.Chat widget's page visits
 * ({@link PageVisitService}, kept as hidden navigation messages in that thread).
 *
 * @param sessionFields       ordered {@code [{key: value}]}; never null
 * @param lastVisitAt         when the contact last opened a thread (nullable)
 * @param lastPages           the pages of that visit, newest first (at most {@value #LAST_PAGES}); never null
 * @param agentLastEventAt    the newest agent event of that visit (nullable); likewise {@code customerLastEventAt}
 * @param bannedUntil         nullable: not banned (or never)
 */
public record CustomerFacts(Contact contact, long threadsCount, long chatsCount, long pageViewsCount,
                            List<Map<String, String>> sessionFields, boolean followed, boolean online,
                            Instant lastVisitAt, List<PageView> lastPages, Instant agentLastEventAt,
                            Instant customerLastEventAt, Instant bannedUntil) {
    /** How many of the latest visit's pages a customer lists. */
    public static final int LAST_PAGES = 20;
    /** How many of the latest visit's newest events are searched for the last agent and customer event. */
    private static final int RECENT_EVENTS = 50;

    public CustomerFacts {
        sessionFields = sessionFields == null ? List.of() : List.copyOf(sessionFields);
        lastPages = lastPages == null ? List.of() : List.copyOf(lastPages);
    }

    /** A page the customer opened: its address and title (either may be {@code ""}). */
    public record PageView(Instant openedAt, String url, String title) {}

    /** Reads the facts of {@code contact} as {@code requesterId} sees them, inside the caller's transaction. */
    static CustomerFacts of(StoreTx tx, Contact contact, String requesterId) {
        return of(tx, contact, tx.threads().listByContact(contact.id()), requesterId);
    }

    /** @param threads the contact's threads, newest first, already read by the caller */
    static CustomerFacts of(StoreTx tx, Contact contact, List<Thread> threads, String requesterId) {
        long chats = threads.stream().map(Thread::chatId).distinct().count();
        Thread latest = threads.isEmpty() ? null : threads.get(0);
        List<String> threadIds = threads.stream().map(Thread::id).toList();
        long pageViews = tx.events().countOfType(threadIds, PageVisitService.TYPE);
        List<PageView> pages = new ArrayList<>();
        Instant agentLast = null;
        Instant customerLast = null;
        if (latest != null) {
            for (Event e : tx.events().ofType(List.of(latest.id()), PageVisitService.TYPE, LAST_PAGES)) pages.add(page(e));
            for (Event e : tx.events().history(latest.id(), null, Set.of(), 0, RECENT_EVENTS)) {
                if (agentLast == null && e.authorKind() == Event.AuthorKind.AGENT) agentLast = e.createdAt();
                if (customerLast == null && e.authorKind() == Event.AuthorKind.CONTACT) customerLast = e.createdAt();
            }
        }
        return new CustomerFacts(contact, threads.size(), chats, pageViews, tx.contacts().sessionFields(contact.id()),
                requesterId != null && tx.contacts().isFollowedBy(contact.id(), requesterId),
                "online".equals(contact.status()), latest == null ? null : latest.createdAt(), pages, agentLast,
                customerLast, tx.contacts().bannedUntil(contact.id()));
    }

    /** A navigation message as a page view: {@code navigation.page.title} and {@code .location.href}. */
    private static PageView page(Event e) {
        Map<?, ?> page = e.attributes().get("navigation") instanceof Map<?, ?> nav && nav.get("page") instanceof Map<?, ?> p
                ? p : Map.of();
        Object title = page.get("title");
        Object href = page.get("location") instanceof Map<?, ?> location ? location.get("href") : null;
        return new PageView(e.createdAt(), href == null ? "" : href.toString(), title == null ? "" : title.toString());
    }
}
