package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LiveChat {@code send_rich_message_postback} (§4.16): a button press on a rich message, recorded on
 * that event (the LiveChat attribute's {@value #POSTBACKS}: each user's latest press per button) and
 * announced as {@link DomainEvent.RichMessagePostback}. Thread-safe.
 */
public final class RichMessagePostbacks {
    /** The LiveChat attribute key holding the recorded presses. */
    public static final String POSTBACKS = "postbacks";

    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public RichMessagePostbacks(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /**
     * @param postback {@code {id, toggled, button_type?, button_value?, ecommerce?}}; {@code id} required
     * @throws NotFound {@code chat}, {@code thread}, {@code event}; Forbidden {@code missing_access}
     * @throws Invalid  {@code validation} when the event is not a rich message
     */
    @SuppressWarnings("unchecked")
    public void postback(User requester, String chatId, String threadId, String eventId, Map<String, Object> postback) {
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            ChatLookup.of(tx, requester, chatId);
            Thread thread = tx.threads().findById(threadId).filter(t -> t.chatId().equals(chatId))
                    .orElseThrow(() -> new NotFound("thread", "Thread not found"));
            Event event = tx.events().findById(eventId).filter(e -> e.threadId().equals(thread.id()))
                    .orElseThrow(() -> new NotFound("event", "Event not found"));
            Map<String, Object> livechat = new LinkedHashMap<>(event.livechat());
            if (!NewEvent.RICH_MESSAGE.equals(livechat.get("type"))) {
                throw new Invalid("validation", "The event is not a rich message");
            }
            List<Object> recorded = new ArrayList<>();
            if (livechat.get(POSTBACKS) instanceof List<?> old) {
                for (Object o : old) {
                    if (o instanceof Map<?, ?> m && !(requester.id().equals(m.get("user_id")) && postback.get("id").equals(m.get("id")))) {
                        recorded.add(o);
                    }
                }
            }
            Map<String, Object> press = new LinkedHashMap<>(postback);
            press.put("user_id", requester.id());
            recorded.add(press);
            livechat.put(POSTBACKS, recorded);
            Map<String, Object> attributes = new HashMap<>(event.attributes());
            attributes.put(Event.LIVECHAT, livechat);
            tx.events().update(new Event(event.id(), event.threadId(), event.seq(), event.type(), event.text(), event.author(),
                    event.authorKind(), event.authorName(), event.token(), event.alias(), attributes, event.createdAt(),
                    clock.instant(), event.editedAt()));
            after.add(new DomainEvent.RichMessagePostback(thread, chatId, eventId, requester.id(), postback));
            return null;
        });
        after.publishTo(bus);
    }
}
