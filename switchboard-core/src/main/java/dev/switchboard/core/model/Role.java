package dev.switchboard.core.model;

/** A role held by a user. The wire names are Rocket.Chat's, which every API family reuses. */
public enum Role {
    USER("user"),
    ADMIN("admin"),
    LIVECHAT_MANAGER("livechat-manager"),
    LIVECHAT_AGENT("livechat-agent"),
    BOT("bot");

    private final String wireName;

    Role(String wireName) { this.wireName = wireName; }

    public String wireName() { return wireName; }

    /** @return the role with this wire name, or null when there is none. */
    public static Role fromWire(String name) {
        for (Role r : values()) if (r.wireName.equals(name)) return r;
        return null;
    }
}
