package dev.switchboard.core.settings;

import static dev.switchboard.core.settings.SettingType.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting Switchboard knows, with Rocket.Chat's ids, types and defaults
 * (rocketchat-livechat.md §2.8 and §2.9). The appearance group keeps the order of §2.8.
 */
public final class SettingsCatalog {
    public static final String ROUTING_METHOD = "Livechat_Routing_Method";
    public static final String ACCEPT_WITH_NO_AGENTS = "Livechat_accept_chats_with_no_agents";
    public static final String ENABLED_WHEN_AGENT_IDLE = "Livechat_enabled_when_agent_idle";
    public static final String VISITORS_CAN_CLOSE = "Omnichannel_allow_visitors_to_close_conversation";
    public static final String GUEST_COUNT = "Livechat_guest_count";
    public static final String HIDE_SYSTEM_MESSAGES = "Hide_System_Messages";
    public static final String CHAR_LIMIT_ENABLED = "Livechat_enable_message_character_limit";
    public static final String CHAR_LIMIT = "Livechat_message_character_limit";
    public static final String COLLECT_HTTP_HEADERS = "Livechat_Allow_collect_and_store_HTTP_header_informations";
    public static final String ALLOW_STATUS_CHANGE = "Accounts_AllowUserStatusMessageChange";
    public static final String ALLOW_INVISIBLE = "Accounts_AllowInvisibleStatusOption";
    public static final String DEFAULT_COUNT = "API_Default_Count";
    public static final String UPPER_COUNT_LIMIT = "API_Upper_Count_Limit";
    public static final String ALLOW_INFINITE_COUNT = "API_Allow_Infinite_Count";
    public static final String MAX_CHATS_PER_AGENT = "Livechat_maximum_chats_per_agent";
    public static final String INACTIVE_CHAT_MINUTES = "Livechat_inactive_chats_not_counted_after_minutes";
    public static final String AGENT_LEAVE_ACTION = "Livechat_agent_leave_action";
    public static final String AGENT_LEAVE_COMMENT = "Livechat_agent_leave_comment";
    public static final String AUTO_TRANSFER_TIMEOUT = "Livechat_auto_transfer_chat_timeout";
    public static final String ABANDONED_ACTION = "Livechat_abandoned_rooms_action";
    public static final String VISITOR_INACTIVITY_TIMEOUT = "Livechat_visitor_inactivity_timeout";
    public static final String ABANDONED_CLOSED_MESSAGE = "Livechat_abandoned_rooms_closed_custom_message";
    public static final String AGENT_LEAVE_ACTION_TIMEOUT = "Livechat_agent_leave_action_timeout";
    public static final String LEAD_EMAIL_REGEX = "Livechat_lead_email_regex";
    public static final String LEAD_PHONE_REGEX = "Livechat_lead_phone_regex";

    private static final Map<String, SettingDefinition> ALL = new LinkedHashMap<>();

    static {
        // Appearance (§2.8), in the documented order.
        appearance("Livechat_title", STRING, "Rocket.Chat");
        appearance("Livechat_title_color", COLOR, "#C1272D");
        appearance(CHAR_LIMIT_ENABLED, BOOLEAN, false);
        appearance(CHAR_LIMIT, INT, 0L);
        appearance("Livechat_show_agent_info", BOOLEAN, true);
        appearance("Livechat_show_agent_email", BOOLEAN, true);
        appearance("Livechat_display_offline_form", BOOLEAN, true);
        appearance("Livechat_offline_form_unavailable", STRING, "");
        appearance("Livechat_offline_message", STRING, "");
        appearance("Livechat_offline_success_message", STRING, "");
        appearance("Livechat_offline_title", STRING, "Leave a message");
        appearance("Livechat_offline_title_color", COLOR, "#666666");
        appearance("Livechat_offline_email", STRING, "");
        appearance("Livechat_conversation_finished_message", STRING, "");
        appearance("Livechat_conversation_finished_text", STRING, "");
        appearance("Livechat_registration_form", BOOLEAN, true);
        appearance("Livechat_name_field_registration_form", BOOLEAN, true);
        appearance("Livechat_email_field_registration_form", BOOLEAN, true);
        appearance("Livechat_registration_form_message", STRING, "");
        appearance("Livechat_hide_watermark", BOOLEAN, false);
        appearance("Livechat_background", STRING, "");
        add(new SettingDefinition("Livechat_widget_position", SELECT, "right", List.of("left", "right"), true, false));
        add(new SettingDefinition("Livechat_hide_system_messages", MULTI_SELECT, List.of("uj", "ul", "livechat-close"),
                List.of("uj", "ul", "livechat-close", "livechat-started", "livechat_transfer_history"), true, false));
        appearance(VISITORS_CAN_CLOSE, BOOLEAN, true);

        // Livechat behaviour and general settings (§2.9).
        plain("Livechat_enabled", BOOLEAN, true);
        add(new SettingDefinition(ROUTING_METHOD, SELECT, "Auto_Selection",
                dev.switchboard.core.routing.RoutingMethod.SETTING_VALUES, false, false));
        plain(ACCEPT_WITH_NO_AGENTS, BOOLEAN, false);
        plain(ENABLED_WHEN_AGENT_IDLE, BOOLEAN, true);
        plain(COLLECT_HTTP_HEADERS, BOOLEAN, false);
        add(new SettingDefinition(GUEST_COUNT, INT, 1L, List.of(), false, true));
        plain("Livechat_enable_transcript", BOOLEAN, false);
        plain("Livechat_transcript_send_always", BOOLEAN, false);
        plain("Livechat_AllowedDomainsList", STRING, "");
        add(new SettingDefinition("Livechat_history_monitor_type", SELECT, "url", List.of("url", "title"), false, false));
        plain("Livechat_Visitor_navigation_as_a_message", BOOLEAN, false);
        add(new SettingDefinition(HIDE_SYSTEM_MESSAGES, MULTI_SELECT, List.of(), List.of(), false, false));
        plain("Language", STRING, "");
        plain("Message_AllowEditing", BOOLEAN, true);
        plain("Message_AllowDeleting", BOOLEAN, true);
        plain(ALLOW_STATUS_CHANGE, BOOLEAN, true);
        plain(ALLOW_INVISIBLE, BOOLEAN, true);
        plain(DEFAULT_COUNT, INT, 50L);
        plain(UPPER_COUNT_LIMIT, INT, 100L);
        plain(ALLOW_INFINITE_COUNT, BOOLEAN, true);

        // Routing: capacity, agents leaving, and the timers (routing/ops issue). 0 turns a limit or timer off.
        plain(MAX_CHATS_PER_AGENT, INT, 0L);
        plain(INACTIVE_CHAT_MINUTES, INT, 0L);
        add(new SettingDefinition(AGENT_LEAVE_ACTION, SELECT, "none", List.of("none", "forward", "close"), false, false));
        plain(AGENT_LEAVE_COMMENT, STRING, "Agent disconnected");
        plain(AUTO_TRANSFER_TIMEOUT, INT, 0L);
        add(new SettingDefinition(ABANDONED_ACTION, SELECT, "none", List.of("none", "close", "on-hold"), false, false));
        plain(VISITOR_INACTIVITY_TIMEOUT, INT, 3600L);
        plain(ABANDONED_CLOSED_MESSAGE, STRING, "Closed automatically because the visitor was inactive");

        // Business hours (core.hours): off by default, so departments stay open until an operator opts in.
        plain("Livechat_enable_business_hours", BOOLEAN, false);

        // File uploads and downloads (rocketchat-livechat.md §3.5 livechat/upload; rooms.upload; /file-upload).
        plain(dev.switchboard.core.files.FilePolicy.ENABLED, BOOLEAN, true);
        plain(dev.switchboard.core.files.FilePolicy.LIVECHAT_ENABLED, BOOLEAN, true);
        plain(dev.switchboard.core.files.FilePolicy.MAX_FILE_SIZE, INT,
                dev.switchboard.core.files.FilePolicy.DEFAULT_MAX_FILE_SIZE);
        plain(dev.switchboard.core.files.FilePolicy.TYPE_WHITELIST, STRING, "");
        plain(dev.switchboard.core.files.FilePolicy.TYPE_BLACKLIST, STRING, "image/svg+xml");

        // Outgoing CRM webhooks (live-agents-mediator.md §11.5, §13.3): no URL, no webhooks; every event type off.
        plain("Livechat_webhookUrl", STRING, "");
        plain("Livechat_secret_token", STRING, "");
        plain("Livechat_http_timeout", INT, 5000L);
        for (String toggle : List.of("Livechat_webhook_on_start", "Livechat_webhook_on_close", "Livechat_webhook_on_chat_taken",
                "Livechat_webhook_on_chat_queued", "Livechat_webhook_on_forward", "Livechat_webhook_on_offline_msg",
                "Livechat_webhook_on_visitor_message", "Livechat_webhook_on_agent_message", "Livechat_webhook_on_capture")) {
            plain(toggle, BOOLEAN, false);
        }
        // Agent leave action grace period (seconds; upstream's default), see core.livechat.AgentDepartures.
        plain(AGENT_LEAVE_ACTION_TIMEOUT, INT, 60L);
        // Lead capture (live-agents-mediator.md §5.2 LeadCapture): Rocket.Chat's default patterns for e-mail
        // addresses and phone numbers in visitor messages, read while Livechat_webhook_on_capture is on.
        plain(LEAD_EMAIL_REGEX, STRING, "\\b[A-Z0-9._%+-]+@(?:[A-Z0-9-]+\\.)+[A-Z]{2,4}\\b");
        plain(LEAD_PHONE_REGEX, STRING, "((?:\\([0-9]{1,3}\\)|[0-9]{2})[ \\-]*?[0-9]{4,5}(?:[\\-\\s\\_]{1,2})?[0-9]{4}"
                + "(?:(?=[^0-9])|$)|[0-9]{4,5}(?:[\\-\\s\\_]{1,2})?[0-9]{4}(?:(?=[^0-9])|$))");
    }

    private SettingsCatalog() {}

    public static Optional<SettingDefinition> find(String id) { return Optional.ofNullable(ALL.get(id)); }

    /** Every definition, appearance group first, in a stable order. */
    public static List<SettingDefinition> all() { return List.copyOf(ALL.values()); }

    private static void appearance(String id, SettingType type, Object def) {
        add(new SettingDefinition(id, type, def, List.of(), true, false));
    }

    private static void plain(String id, SettingType type, Object def) {
        add(new SettingDefinition(id, type, def, List.of(), false, false));
    }

    private static void add(SettingDefinition d) { ALL.put(d.id(), d); }
}
