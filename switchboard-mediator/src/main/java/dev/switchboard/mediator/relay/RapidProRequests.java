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
    /** The outbox kind of a file for the contact: an upload, then a send. */
    public static final String MEDIA = "media";
    private final MediatorConfig config;

    public RapidProRequests(MediatorConfig config) { this.config = config; }

    /** A text for the contact, split into parts of at most the configured length (in split mode). */
    public void text(StoreTx tx, String uuid, String roomId, String kind, String text, Instant now) {
        for (String part : TextParts.split(text, config.maxMessageLength())) {
            add(tx, kind, sendPath(), send(uuid, part, null), roomId, now);
        }
    }

    /**
     * A file for the contact with the newer API flavours (§9.4): one item, which the delivery worker
     * turns into the upload to {@code /api/v2/media.json} and then the send with the media uuid
     * ({@link #send}). The item names Switchboard's own file by id, never carries its bytes.
     *
     * @param caption the agent's text sent with the file; may be empty
     */
    public void media(StoreTx tx, String uuid, String roomId, String caption, CrmEvent.FileUpload file, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contact", uuid);
        body.put("caption", caption);
        body.put("type", file.type() == null ? "application/octet-stream" : file.type());
        body.put("kind", MediaKind.of(file.type()).label());
        body.put("name", file.name() != null ? file.name() : MediaKind.of(file.type()).label());
        body.put("fileId", file.fileId());
        add(tx, MEDIA, "/api/v2/media.json", body, roomId, now);
    }

    /** The path texts and media go to in the configured flavour. */
    public String sendPath() {
        return config.flavour() == MediatorConfig.Flavour.MESSAGES ? "/api/v2/messages.json" : "/api/v2/broadcasts.json";
    }

    /**
     * The body of a send to one contact in the configured flavour (§9.1).
     *
     * @param mediaUuid nullable: an uploaded media object to attach (newer flavours only)
     */
    public Map<String, Object> send(String uuid, String text, String mediaUuid) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (config.flavour()) {
            case BROADCASTS_LEGACY -> {
                body.put("contacts", List.of(uuid));
                body.put("text", text);
            }
            case BROADCASTS -> {
                body.put("contacts", List.of(uuid));
                body.put("text", Map.of(config.language(), text));
                if (mediaUuid != null) body.put("attachments", Map.of(config.language(), List.of(mediaUuid)));
                body.put("base_language", config.language());
            }
            case MESSAGES -> {
                body.put("contact", uuid);
                body.put("text", text);
                if (mediaUuid != null) body.put("attachments", List.of(mediaUuid));
            }
        }
        return body;
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
