package dev.switchboard.core.routing;

import java.util.List;

/**
 * How a waiting inquiry finds its agent (setting {@code Livechat_Routing_Method}). Every automatic
 * method only ever considers agents that are online, eligible for the inquiry's department and below
 * their limit (see {@link CapacityRules}); the methods differ in whom they prefer among those.
 */
public enum RoutingMethod {
    /** Agents pick inquiries from the queue themselves; nothing is assigned automatically. */
    MANUAL_SELECTION("Manual_Selection"),
    /** Fewest open chats first (Rocket.Chat's default); ties by username. */
    AUTO_SELECTION("Auto_Selection"),
    /** Fewest open chats first; ties to the agent who waited longest since its last routed chat. */
    LOAD_BALANCING("Load_Balancing"),
    /** Round robin: the agent whose last routed chat is oldest, whatever its load. */
    LOAD_ROTATION("Load_Rotation");

    /** The values of the setting, in the order the administration screens list them. */
    public static final List<String> SETTING_VALUES =
            List.of("Auto_Selection", "Manual_Selection", "Load_Balancing", "Load_Rotation");

    private final String settingValue;

    RoutingMethod(String settingValue) { this.settingValue = settingValue; }

    /** @return the method named by the setting value; unknown values fall back to manual selection */
    public static RoutingMethod fromSetting(String value) {
        for (RoutingMethod m : values()) if (m.settingValue.equals(value)) return m;
        return MANUAL_SELECTION;
    }

    public boolean assignsAutomatically() { return this != MANUAL_SELECTION; }
}
