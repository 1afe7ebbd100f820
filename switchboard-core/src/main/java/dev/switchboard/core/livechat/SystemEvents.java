package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.UserRef;
import java.time.Instant;
import java.util.Map;

/** Builders of the system messages a thread's life produces (rocketchat-livechat.md §5.6). */
final class SystemEvents {
    /** The author of what Switchboard does by itself (timers, agents leaving). */
    static final UserRef SWITCHBOARD = new UserRef("switchboard", "switchboard");

    private SystemEvents() {}

    static Event of(String threadId, String type, String text, UserRef about, Event.AuthorKind kind, String name,
                    Map<String, Object> attributes, Instant at) {
        return new Event(Ids.newId(), threadId, 0, type, text, about, kind, name, null, null, attributes, at, at, null);
    }

    static Event agent(String threadId, String type, String text, UserRef agent, String name, Instant at) {
        return of(threadId, type, text, agent, Event.AuthorKind.AGENT, name, Map.of(), at);
    }
}
