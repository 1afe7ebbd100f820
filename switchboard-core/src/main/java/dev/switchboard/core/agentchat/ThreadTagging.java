package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * LiveChat's {@code tag_thread} / {@code untag_thread} (§4.23, §4.24) on {@link Thread#tags()}: the
 * same tags a Rocket.Chat close sets and room info shows. Tag names are case-sensitive. Switchboard
 * keeps no catalogue of defined tags (Rocket.Chat's closing accepts free tags too), so any tag may
 * be added; adding a tag the thread has, or removing one it lacks, changes nothing and announces
 * nothing. Works on closed threads too (tagging after the fact is LiveChat's archive use).
 * Thread-safe.
 */
public final class ThreadTagging {
    /** Longest tag name: room for any real label, not for abuse of the thread row. */
    public static final int MAX_TAG_LENGTH = 256;
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public ThreadTagging(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /**
     * @param tagged add (true) or remove the tag
     * @throws NotFound  {@code chat}, {@code thread}
     * @throws Forbidden {@code missing_access}
     * @throws Invalid   {@code validation}: a blank or overlong tag
     */
    public void tag(User requester, String chatId, String threadId, String tag, boolean tagged) {
        if (tag.isBlank() || tag.length() > MAX_TAG_LENGTH) {
            throw new Invalid("validation", "`tag` must be 1 to " + MAX_TAG_LENGTH + " characters");
        }
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            ChatTarget chat = ChatTarget.of(tx, requester, chatId);
            Thread thread = chat.thread(tx, threadId);
            if (thread.tags().contains(tag) == tagged) return null;
            List<String> tags = new ArrayList<>(thread.tags());
            if (tagged) tags.add(tag);
            else tags.remove(tag);
            Thread updated = thread.withTags(tags, clock.instant());
            tx.threads().update(updated);
            after.add(new DomainEvent.ThreadTagChanged(chat.chat().id(), updated, tag, tagged));
            return null;
        });
        after.publishTo(bus);
    }
}
