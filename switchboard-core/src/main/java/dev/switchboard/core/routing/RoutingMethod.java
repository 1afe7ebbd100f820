package dev.switchboard.core.routing;

import java.util.Comparator;
import java.util.List;

/**
 * How a waiting inquiry finds its agent (setting {@code Livechat_Routing_Method}). Every automatic
 * method only ever considers agents that are online, eligible for the inquiry's department and below
 * their limit (see {@link CapacityRules}); the methods differ in whom they prefer among those.
 */
public enum RoutingMethod {
    /** Agents pick inquiries from the queue themselves; nothing is assigned automatically. */
    MANUAL_SELECTION("Manual_Selection", null),
    /** Fewest open chats first (Rocket.Chat's default); ties by username. */
    AUTO_SELECTION("Auto_Selection", Comparator
            .comparingLong(Candidate::openChats)
            .thenComparing(Candidate::username)),
    /** Fewest open chats first; ties to the agent who waited longest since its last routed chat. */
    LOAD_BALANCING("Load_Balancing", Comparator
            .comparingLong(Candidate::openChats)
            .thenComparing(Candidate::lastRoutedAt, Candidate.NEVER_FIRST)
            .thenComparing(Candidate::username)),
    /** Round robin: the agent whose last routed chat is oldest, whatever its load. */
    LOAD_ROTATION("Load_Rotation", Comparator
            .comparing(Candidate::lastRoutedAt, Candidate.NEVER_FIRST)
            .thenComparing(Candidate::username));

    /** The values of the setting, in the order the administration screens list them. */
    public static final List<String> SETTING_VALUES =
            List.of("Auto_Selection", "Manual_Selection", "Load_Balancing", "Load_Rotation");

    private final String settingValue;
    private final Comparator<Candidate> preference;

    RoutingMethod(String settingValue, Comparator<Candidate> preference) {
        this.settingValue = settingValue;
        this.preference = preference;
    }

    /** @return the method named by the setting value; unknown values fall back to manual selection */
    public static RoutingMethod fromSetting(String value) {
        for (RoutingMethod m : values()) if (m.settingValue.equals(value)) return m;
        return MANUAL_SELECTION;
    }

    public boolean assignsAutomatically() { return preference != null; }

    /** Orders candidates best first; null for {@link #MANUAL_SELECTION}. */
    Comparator<Candidate> preference() { return preference; }
}
