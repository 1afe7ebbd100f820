package dev.switchboard.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * A visitor or customer. The web token is a bearer secret chosen by the client (Rocket.Chat's
 * visitor token); it must never be disclosed to anyone but its holder.
 *
 * @param name, email, phone, departmentId, lastThreadId, lastThreadAt nullable
 * @param customFields Rocket.Chat {@code livechatData}; never null
 * @param status       "online", "away" or "offline"
 */
public record Contact(
        String id,
        String token,
        String username,
        String name,
        String email,
        String phone,
        String departmentId,
        Map<String, String> customFields,
        String status,
        String lastThreadId,
        Instant lastThreadAt,
        Instant createdAt,
        Instant updatedAt) {

    public Contact {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** The name shown for this contact: its name, else its username. */
    public String displayName() { return name != null && !name.isBlank() ? name : username; }

    public Contact withLastThread(String threadId, Instant at) {
        return new Contact(id, token, username, name, email, phone, departmentId, customFields, status,
                threadId, at, createdAt, at);
    }

    public Contact withStatus(String newStatus, Instant at) {
        return new Contact(id, token, username, name, email, phone, departmentId, customFields, newStatus,
                lastThreadId, lastThreadAt, createdAt, at);
    }

    public Contact withCustomFields(Map<String, String> fields, Instant at) {
        return new Contact(id, token, username, name, email, phone, departmentId, fields, status,
                lastThreadId, lastThreadAt, createdAt, at);
    }
}
