package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Properties;
import java.util.Map;

/**
 * An event a LiveChat client sends ({@code send_event}, initial events of {@code start_chat}), already
 * validated by the adapter. The server sets its id, time and author (spec P3).
 *
 * @param type       LiveChat's event type ({@code message}, {@code system_message}, {@code file}, ...)
 * @param text       the text of messages and system messages (nullable for other types)
 * @param agentsOnly visibility {@code agents}: the contact never sees it
 * @param customId   the client's own id, echoed back (nullable)
 * @param properties never null
 * @param payload    the type's other fields in LiveChat wire names (e.g. {@code system_message_type},
 *                   {@code postback}, {@code elements}); never null
 */
public record NewEvent(String type, String text, boolean agentsOnly, String customId, Properties properties,
                       Map<String, Object> payload) {
    public NewEvent {
        properties = properties == null ? Properties.EMPTY : properties;
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    public static final String MESSAGE = "message";
    public static final String SYSTEM_MESSAGE = "system_message";
    public static final String FILE = "file";
    /** The payload key of a {@code file} event's upload id. */
    public static final String FILE_ID = "file_id";
    public static final String RICH_MESSAGE = "rich_message";
    public static final String FILLED_FORM = "filled_form";
    public static final String CUSTOM = "custom";

    /** Whether the type's payload is kept only in the LiveChat view (Rocket.Chat shows the text). */
    public boolean livechatOnly() { return RICH_MESSAGE.equals(type) || FILLED_FORM.equals(type) || CUSTOM.equals(type); }
}
