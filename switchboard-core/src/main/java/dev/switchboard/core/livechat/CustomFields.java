package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Merging of visitor custom fields ({@code livechatData}). Switchboard has no custom-field registry
 * yet, so any well-formed key is accepted (Rocket.Chat keeps only registered keys); the limits keep a
 * hostile visitor from growing its record without bound. Stateless.
 */
final class CustomFields {
    static final int MAX_FIELDS = 50;
    static final int MAX_VALUE_LENGTH = 2_000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private CustomFields() {}

    /** @return the merged map, or the same map when nothing changed */
    static Map<String, String> merge(Map<String, String> current, List<VisitorRegistration.CustomFieldValue> updates) {
        Map<String, String> merged = new LinkedHashMap<>(current);
        for (var u : updates) {
            if (!KEY.matcher(u.key()).matches()) throw new Invalid("invalid-custom-field", null);
            if (u.value().length() > MAX_VALUE_LENGTH) throw new Invalid("error-invalid-custom-field-value", null);
            if (u.overwrite() || !merged.containsKey(u.key())) merged.put(u.key(), u.value());
        }
        if (merged.size() > MAX_FIELDS) throw new Invalid("error-too-many-custom-fields", "At most " + MAX_FIELDS + " custom fields");
        return merged;
    }
}
