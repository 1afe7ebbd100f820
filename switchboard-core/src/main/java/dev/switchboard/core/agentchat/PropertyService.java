package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LiveChat's chat, thread and event properties (livechat-agent-api-v3.6.md §4.17–§4.22): set (merged
 * per namespace) or delete {@code {namespace: {name: value}}} on a chat the requester may see, then
 * announce only the keys given ({@link DomainEvent.PropertiesChanged}). A thread's
 * {@value ThreadProperties#CUSTOM_FIELDS} namespace is its Rocket.Chat custom fields
 * ({@link ThreadProperties}); an event's properties live in its LiveChat attribute. Deleting a name
 * that is not set is no change and no error. Thread-safe.
 */
public final class PropertyService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public PropertyService(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /** Which properties: a chat's; a thread's (threadId set); an event's (eventId set too). */
    public record Target(String chatId, String threadId, String eventId) {}

    /**
     * @throws NotFound  {@code chat}, {@code thread}, {@code event}
     * @throws Forbidden {@code missing_access}
     * @throws Invalid   {@code validation}: a non-string custom field
     */
    public void update(User requester, Target target, Properties update) {
        change(requester, target, update, null);
    }

    /** Deletes {@code {namespace: [names]}}; same errors as {@link #update}. */
    public void delete(User requester, Target target, Map<String, List<String>> names) {
        change(requester, target, null, names);
    }

    private void change(User requester, Target target, Properties update, Map<String, List<String>> names) {
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            ChatTarget chat = ChatTarget.of(tx, requester, target.chatId());
            Instant now = clock.instant();
            if (target.threadId() == null) {
                Properties p = chat.chat().properties();
                tx.chats().setProperties(chat.chat().id(), update != null ? p.merged(update) : p.without(names));
            } else {
                Thread thread = chat.thread(tx, target.threadId());
                if (target.eventId() == null) {
                    changeThread(tx, thread, update, names, now);
                } else {
                    Event event = chat.event(tx, thread, target.eventId());
                    tx.events().update(withProperties(event, update, names, now));
                }
            }
            after.add(new DomainEvent.PropertiesChanged(chat.chat().id(), target.threadId(), target.eventId(), update, names,
                    chat.audience()));
            return null;
        });
        after.publishTo(bus);
    }

    private static void changeThread(dev.switchboard.core.store.StoreTx tx, Thread thread, Properties update,
                                     Map<String, List<String>> names, Instant now) {
        Properties stored = tx.chats().threadProperties(thread.id());
        Map<String, String> fields = update != null ? ThreadProperties.customFields(thread, update)
                : ThreadProperties.customFieldsWithout(thread, names);
        tx.chats().setThreadProperties(thread.id(), update != null
                ? stored.merged(ThreadProperties.stored(update)) : stored.without(names));
        if (!fields.equals(thread.customFields())) tx.threads().update(thread.withCustomFields(fields, now));
    }

    @SuppressWarnings("unchecked")
    private static Event withProperties(Event event, Properties update, Map<String, List<String>> names, Instant now) {
        Map<String, Object> livechat = new LinkedHashMap<>(event.livechat());
        Properties current = livechat.get("properties") instanceof Map<?, ?> m
                ? new Properties((Map<String, Map<String, Object>>) m) : Properties.EMPTY;
        Properties next = update != null ? current.merged(update) : current.without(names);
        if (next.isEmpty()) livechat.remove("properties");
        else livechat.put("properties", next.namespaces());
        Map<String, Object> attributes = new HashMap<>(event.attributes());
        if (livechat.isEmpty()) attributes.remove(Event.LIVECHAT);
        else attributes.put(Event.LIVECHAT, livechat);
        return event.withAttributes(attributes, now);
    }
}
