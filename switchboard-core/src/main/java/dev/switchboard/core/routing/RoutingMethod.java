package dev.switchboard.core.routing;

/** How a new inquiry finds its agent (setting {@code Livechat_Routing_Method}). */
public enum RoutingMethod {
    /** Agents pick inquiries from the queue themselves. */
    MANUAL_SELECTION("Manual_Selection"),
    /** The inquiry goes at once to the online agent with the fewest open chats. */
    AUTO_SELECTION("Auto_Selection");

    private final String settingValue;

    RoutingMethod(String settingValue) { this.settingValue = settingValue; }

    /** @return the method named by the setting value; unknown values fall back to manual selection */
    public static RoutingMethod fromSetting(String value) {
        for (RoutingMethod m : values()) if (m.settingValue.equals(value)) return m;
        return MANUAL_SELECTION;
    }
}
