package dev.switchboard.mediator;

import java.util.Map;

/**
 * The decoded body of {@code registerClient} (live-agents-mediator.md §4.2). Strings are null when
 * absent or not strings.
 *
 * @param project, country the optional overrides of the department-derived business-hours keys
 * @param results          the RapidPro flow results, key → value (never null)
 */
public record RegisterRequest(String uuid, String name, String urn, String mongoid, String department, String project,
                              String country, Map<String, String> results) {
    public RegisterRequest {
        results = results == null ? Map.of() : Map.copyOf(results);
    }

    /** The visitor's name: the contact's name, else its urn, else its uuid (§4.3 step 4). */
    public String displayName() {
        if (name != null && !name.isBlank()) return name;
        return urn != null && !urn.isBlank() ? urn : uuid;
    }
}
