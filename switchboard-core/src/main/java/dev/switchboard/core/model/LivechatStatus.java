package dev.switchboard.core.model;

/** Whether an agent accepts new chats (Rocket.Chat {@code statusLivechat}). */
public enum LivechatStatus {
    AVAILABLE("available"), NOT_AVAILABLE("not-available");

    private final String wireName;

    LivechatStatus(String wireName) { this.wireName = wireName; }

    public String wireName() { return wireName; }

    /** @return the status with this wire name, or null when there is none. */
    public static LivechatStatus fromWire(String name) {
        for (LivechatStatus s : values()) if (s.wireName.equals(name)) return s;
        return null;
    }
}
