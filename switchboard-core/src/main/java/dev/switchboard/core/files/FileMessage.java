package dev.switchboard.core.files;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.UploadedFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The file a message carries, as kept in the message's attributes under {@value #ATTRIBUTE}:
 * protocol-neutral facts ({@code id, name, type, size}, optional {@code description}); each adapter
 * renders them its own way (Rocket.Chat: {@code file}, {@code files}, {@code attachments}). Immutable.
 *
 * @param description the uploader's description (nullable)
 */
public record FileMessage(String id, String name, String type, long size, String description) {
    public static final String ATTRIBUTE = "upload";

    /** The attributes of a message carrying {@code file}; like Rocket.Chat's, it is not grouped with its neighbours. */
    public static Map<String, Object> attributes(UploadedFile file, String description) {
        Map<String, Object> upload = new LinkedHashMap<>();
        upload.put("id", file.id());
        upload.put("name", file.name());
        upload.put("type", file.type());
        upload.put("size", file.size());
        if (description != null && !description.isEmpty()) upload.put("description", description);
        return Map.of(ATTRIBUTE, Map.copyOf(upload), "groupable", false);
    }

    /** The file of a message, if it carries one. */
    public static Optional<FileMessage> of(Event event) {
        if (!(event.attributes().get(ATTRIBUTE) instanceof Map<?, ?> upload)) return Optional.empty();
        if (!(upload.get("id") instanceof String id) || !(upload.get("name") instanceof String name)
                || !(upload.get("type") instanceof String type) || !(upload.get("size") instanceof Number size)) {
            return Optional.empty();
        }
        String description = upload.get("description") instanceof String d ? d : null;
        return Optional.of(new FileMessage(id, name, type, size.longValue(), description));
    }

    public boolean isImage() { return type.startsWith("image/"); }

    public boolean isAudio() { return type.startsWith("audio/"); }

    public boolean isVideo() { return type.startsWith("video/"); }
}
