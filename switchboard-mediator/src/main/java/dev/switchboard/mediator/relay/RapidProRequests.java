package dev.switchboard.mediator.relay;

import dev.switchboard.core.model.Ids;
import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.mediator.JsonText;
import dev.switchboard.mediator.MediatorConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues RapidPro API calls (live-agents-mediator.md §9, §12.1) in the outbox of the current
 * transaction, in the form of the configured API flavour. The base URL and token are added by the
 * delivery worker, so they never reach the database. Immutable, thread-safe.
 */
public final class RapidProRequests {
    private final MediatorConfig config;

    public RapidProRequests(MediatorConfig config) { this.config = config; }

    /** A text for the contact, split into parts of at most the configured length (in split mode). */
    public void text(StoreTx tx, String uuid, String roomId, String kind, String text, Instant now) {
        for (String part : TextParts.split(text, config.maxMessageLength())) {
            Map<String, Object> body = new LinkedHashMap<>();
            String path = "/api/v2/broadcasts.json";
            switch (config.flavour()) {
                case BROADCASTS_LEGACY -> {
                    body.put("contacts", List.of(uuid));
                    body.put("text", part);
                }
                case BROADCASTS -> {
                    body.put("contacts", List.of(uuid));
                    body.put("text", Map.of(config.language(), part));
                    body.put("base_language", config.language());
                }
                case MESSAGES -> {
                    path = "/api/v2/messages.json";
                    body.put("contact", uuid);
                    body.put("text", part);
                }
            }
            add(tx, kind, path, body, roomId, now);
        }
    }

    /** The end-of-chat action (§9.5); nothing for {@code status}. */
    public void endOfChat(StoreTx tx, String uuid, String roomId, Instant now) {
        switch (config.endOfChat()) {
            case STATUS -> { }
            case FLOW_START -> add(tx, "flow-start", "/api/v2/flow_starts.json", Map.of("flow", config.endOfChatFlow(),
                    "contacts", List.of(uuid), "restart_participants", true, "extra", Map.of("rid", roomId)), roomId, now);
            case CONTACT_FIELD -> {
                String[] kv = config.endOfChatField().split("=", 2);
                add(tx, "contact-field", "/api/v2/contacts.json?uuid=" + URLEncoder.encode(uuid, StandardCharsets.UTF_8),
                        Map.of("fields", Map.of(kv[0], kv[1])), roomId, now);
            }
        }
    }

    private static void add(StoreTx tx, String kind, String path, Object body, String roomId, Instant now) {
        tx.outbox().add(OutboxItem.pending(Ids.newId(), OutboxItem.RAPIDPRO, kind, path, JsonText.write(body), roomId, now));
    }
}
