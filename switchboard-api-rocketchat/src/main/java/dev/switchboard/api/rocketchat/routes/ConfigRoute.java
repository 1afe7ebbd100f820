package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.baseUrl;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Online;
import dev.switchboard.api.rocketchat.render.AgentJson;
import dev.switchboard.api.rocketchat.render.VisitorJson;
import dev.switchboard.core.files.FilePolicy;
import dev.switchboard.core.livechat.SurveyConfig;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import java.util.List;

/**
 * {@code GET livechat/config}: the widget's bootstrap (rocketchat-livechat.md §3.6). The widget
 * destructures {@code settings} without a default, so it is always present; the survey is
 * {@link SurveyConfig}'s, the one {@code livechat/room.survey} accepts. A queued room's
 * {@code queueInfo} carries its {@code spot} (no wait estimate): a widget subscribing to
 * {@code stream-livechat-room} after its room was queued has missed that {@code queueData}.
 */
final class ConfigRoute {
    private ConfigRoute() {}

    static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/config", ctx -> {
            Settings st = s.settings();
            if (!st.bool("Livechat_enabled")) {
                ok(ctx, Obj.of("config", Obj.of("enabled", false)));
                return;
            }
            var q = query(ctx);
            String token = q.string("token");
            String department = q.string("department");
            Obj config = Obj.of("enabled", true, "settings", settings(st), "theme", theme(st), "messages", messages(st),
                    "survey", Obj.of("items", SurveyConfig.ITEMS, "values", SurveyConfig.VALUES),
                    "triggers", List.of(),
                    "departments", s.departments().visibleToVisitors().stream().map(d -> Obj.of("_id", d.id(), "name", d.name(),
                            "showOnRegistration", d.showOnRegistration(), "showOnOfflineForm", d.showOnOfflineForm())).toList(),
                    "resources", Obj.of("sound", baseUrl(ctx, s.publicUrl()) + "/sounds/chime.mp3", "emojis", List.of()),
                    "online", Online.forDepartment(s, department));
            if (token != null && !token.isEmpty()) addVisitorState(config, s, token);
            ok(ctx, Obj.of("config", config));
        });
    }

    private static void addVisitorState(Obj config, RocketChatServices s, String token) {
        var found = s.visitors().find(token);
        if (found.isEmpty()) return;
        var visitor = found.get();
        config.with("guest", VisitorJson.guest(visitor));
        s.roomQueries().openRoomOf(visitor).ifPresent(view -> {
            var t = view.thread();
            config.with("room", Obj.of("_id", t.id(), "departmentId", t.departmentId(), "open", true,
                    "servedBy", t.agent() == null ? null : Obj.of("_id", t.agent().id(), "username", t.agent().username(), "ts", t.agent().since())));
            s.roomQueries().agentOf(t).ifPresent(agent -> config.with("agent", AgentJson.of(agent, s.settings())));
            if (t.agent() == null) s.roomQueries().queueSpot(t).ifPresent(spot -> config.with("queueInfo", Obj.of("spot", spot)));
        });
    }

    private static Obj settings(Settings st) {
        return Obj.of("registrationForm", st.bool("Livechat_registration_form"), "allowSwitchingDepartments", true,
                "nameFieldRegistrationForm", st.bool("Livechat_name_field_registration_form"),
                "emailFieldRegistrationForm", st.bool("Livechat_email_field_registration_form"),
                "displayOfflineForm", st.bool("Livechat_display_offline_form"), "videoCall", false,
                "fileUpload", new FilePolicy(st).enabledForVisitors(),
                "language", st.string("Language"), "transcript", st.bool("Livechat_enable_transcript"),
                "historyMonitorType", st.string("Livechat_history_monitor_type"), "forceAcceptDataProcessingConsent", false, "showConnecting", false,
                "agentHiddenInfo", !st.bool("Livechat_show_agent_info"), "clearLocalStorageWhenChatEnded", false,
                "limitTextLength", st.bool(SettingsCatalog.CHAR_LIMIT_ENABLED) ? st.integer(SettingsCatalog.CHAR_LIMIT) : false,
                "hiddenSystemMessages", st.list("Livechat_hide_system_messages"), "livechatLogo", null,
                "hideWatermark", st.bool("Livechat_hide_watermark"),
                "visitorsCanCloseChat", st.bool(SettingsCatalog.VISITORS_CAN_CLOSE)).putNull("livechatLogo");
    }

    private static Obj theme(Settings st) {
        return Obj.of("title", st.string("Livechat_title"), "color", st.string("Livechat_title_color"),
                "offlineTitle", st.string("Livechat_offline_title"), "offlineColor", st.string("Livechat_offline_title_color"),
                "position", st.string("Livechat_widget_position"), "background", st.string("Livechat_background"),
                "actionLinks", Obj.of("webrtc", List.of(), "jitsi", List.of()));
    }

    private static Obj messages(Settings st) {
        return Obj.of("offlineMessage", st.string("Livechat_offline_message"),
                "offlineSuccessMessage", st.string("Livechat_offline_success_message"),
                "offlineUnavailableMessage", st.string("Livechat_offline_form_unavailable"),
                "conversationFinishedMessage", st.string("Livechat_conversation_finished_message"),
                "conversationFinishedText", st.string("Livechat_conversation_finished_text"),
                "transcriptMessage", "", "registrationFormMessage", st.string("Livechat_registration_form_message"),
                "dataProcessingConsentText", "");
    }
}
