package dev.switchboard.core.realtime;

/**
 * Something a realtime connection listens to: a contact, an agent, a thread, a department, or the
 * inquiry queue as a whole. The hub indexes connections by these keys.
 *
 * @param id null only for {@link Kind#QUEUE}
 */
public record HubKey(Kind kind, String id) {
    public static final HubKey QUEUE = new HubKey(Kind.QUEUE, null);

    public static HubKey thread(String id) { return new HubKey(Kind.THREAD, id); }

    public static HubKey contact(String id) { return new HubKey(Kind.CONTACT, id); }

    public static HubKey agent(String id) { return new HubKey(Kind.AGENT, id); }

    public static HubKey department(String id) { return new HubKey(Kind.DEPARTMENT, id); }

    /** The kinds of things one can listen to. */
    public enum Kind { CONTACT, AGENT, THREAD, DEPARTMENT, QUEUE }
}
