package dev.switchboard.core.livechat;

import java.util.List;

/**
 * What a visitor may say about itself when registering. Only the token is required.
 *
 * @param department  a department id or name (nullable)
 * @param id          a caller-chosen id for a new visitor (nullable)
 */
public record VisitorRegistration(String token, String name, String email, String phone, String department,
                                  String username, List<CustomFieldValue> customFields, String id) {
    public VisitorRegistration {
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }

    /** One custom field to set; {@code overwrite=false} keeps an existing value. */
    public record CustomFieldValue(String key, String value, boolean overwrite) {}
}
