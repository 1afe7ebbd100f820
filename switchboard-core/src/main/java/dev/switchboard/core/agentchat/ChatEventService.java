package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.files.AgentUploads;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LiveChat's {@code send_event} (livechat-agent-api-v3.6.md §4.13): an agent or bot adds an event to
 * a chat it is in. The event lands in the chat's open thread, which is the Rocket.Chat room, so the
 * visitor's widget shows it like any agent message; visibility {@code agents} keeps it from the
 * visitor. With no open thread only a system message may be added, and only with
 * {@code attach_to_last_thread} (v3.3 meaning); anything else is {@code chat_inactive}. Thread-safe.
 */
public final class ChatEventService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public ChatEventService(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /**
     * @return the stored event
     * @throws NotFound  {@code chat} for an unknown chat
     * @throws Forbidden {@code missing_access} when the requester may not see the chat,
     *                   {@code authorization} when it is not in it
     * @throws Conflict  {@code chat_inactive} (see the class comment)
     */
    public Event send(User requester, String chatId, NewEvent draft, boolean attachToLastThread) {
        AfterCommit after = new AfterCommit();
        Event stored = store.write(tx -> {
            Chat chat = tx.chats().findById(chatId).orElseThrow(() -> new NotFound("chat", "Chat not found"));
            Thread latest = ChatReader.latest(tx, chat);
            ChatReader.requireVisible(tx, requester, chat, latest);
            boolean open = latest != null && latest.isOpen();
            boolean system = NewEvent.SYSTEM_MESSAGE.equals(draft.type());
            if (!open && !(attachToLastThread && system && latest != null)) {
                throw new Conflict("chat_inactive", "Chat is inactive");
            }
            boolean member = ChatAccess.isIn(requester, latest, tx.chats().members(chat.id()));
            if (!member && !(system && !open)) {
                throw new Forbidden("authorization", "Requester is not a user of the chat");
            }
            Instant now = clock.instant();
            Event event = toEvent(requester, latest.id(), draft, now);
            if (NewEvent.FILE.equals(draft.type())) event = withFile(tx, event, draft, now);
            Thread updated = system ? latest : latest.withMessage(now);
            Event appended = system ? tx.events().append(event) : tx.events().append(event, updated);
            tx.chats().markSeen(chat.id(), requester.id(), now);
            after.add(new DomainEvent.EventPosted(updated, appended));
            return appended;
        });
        after.publishTo(bus);
        return stored;
    }

    /**
     * The stored form: a message is an ordinary Rocket.Chat message by the agent; a system message has
     * no author (LiveChat) and Rocket.Chat type {@value #SYSTEM_TYPE}.
     */
    static Event toEvent(User author, String threadId, NewEvent draft, Instant now) {
        Map<String, Object> livechat = new LinkedHashMap<>(draft.payload());
        if (draft.livechatOnly()) livechat.put("type", draft.type());
        if (draft.customId() != null) livechat.put("custom_id", draft.customId());
        if (!draft.properties().isEmpty()) livechat.put("properties", draft.properties().namespaces());
        Map<String, Object> attributes = new HashMap<>();
        if (!livechat.isEmpty()) attributes.put(Event.LIVECHAT, livechat);
        if (draft.agentsOnly()) attributes.put(Event.AGENTS_ONLY, true);
        if (NewEvent.SYSTEM_MESSAGE.equals(draft.type())) {
            return new Event(Ids.newId(), threadId, 0, SYSTEM_TYPE, draft.text(), null, Event.AuthorKind.SYSTEM, null,
                    null, null, attributes, now, now, null);
        }
        return new Event(Ids.newId(), threadId, 0, null, draft.text(), new UserRef(author.id(), author.username()),
                Event.AuthorKind.AGENT, author.name(), null, null, attributes, now, now, null);
    }

    /**
     * A {@code file} event names its upload by id ({@code file_id}, from the URL {@code upload_file}
     * gave): the upload becomes a file of the thread and the event an ordinary Rocket.Chat file message.
     */
    private static Event withFile(StoreTx tx, Event event, NewEvent draft, Instant now) {
        String fileId = String.valueOf(draft.payload().get(NewEvent.FILE_ID));
        UploadedFile file = AgentUploads.attach(tx, fileId, event.threadId(), now)
                .orElseThrow(() -> new Invalid("validation", "The file URL is unknown or expired; upload the file again"));
        Map<String, Object> attributes = new HashMap<>(event.attributes());
        attributes.putAll(FileMessage.attributes(file, null));
        if (event.livechat().containsKey(NewEvent.FILE_ID)) {
            Map<String, Object> livechat = new LinkedHashMap<>(event.livechat());
            livechat.remove(NewEvent.FILE_ID);
            if (livechat.isEmpty()) attributes.remove(Event.LIVECHAT);
            else attributes.put(Event.LIVECHAT, livechat);
        }
        return new Event(event.id(), event.threadId(), 0, null, event.text(), event.author(), event.authorKind(),
                event.authorName(), null, null, attributes, now, now, null);
    }

    /** The Rocket.Chat message type of a LiveChat system message. */
    public static final String SYSTEM_TYPE = "livechat_system_message";
}
