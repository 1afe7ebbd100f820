package dev.switchboard.core.settings;

import java.util.List;

/**
 * A known setting: its id, type and default. Unknown ids cannot be read or written.
 *
 * @param options    the allowed values of a SELECT or MULTI_SELECT setting (empty otherwise)
 * @param appearance whether it belongs to the livechat appearance group
 * @param hidden     internal counters and the like: not readable through the settings API
 */
public record SettingDefinition(String id, SettingType type, Object defaultValue, List<String> options,
                                boolean appearance, boolean hidden) {

    public SettingDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
