package dev.switchboard.core.model;

/** A user's connection presence, kept apart from the livechat routing status. */
public enum Presence {
    ONLINE, AWAY, BUSY, OFFLINE;

    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** @return the presence with this wire name, or null when there is none. */
    public static Presence fromWire(String name) {
        for (Presence p : values()) if (p.wireName().equals(name)) return p;
        return null;
    }
}
