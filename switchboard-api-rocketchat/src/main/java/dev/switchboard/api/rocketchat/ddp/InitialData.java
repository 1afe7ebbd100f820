package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Online;
import dev.switchboard.api.rocketchat.render.AgentJson;
import dev.switchboard.api.rocketchat.render.VisitorJson;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.settings.Settings;
import java.util.List;

/**
 * {@code livechat:getInitialData(visitorToken, departmentId?)}: the legacy widget bootstrap with the
 * field list of the seed document (rocketchat-livechat.md §5.8). Removed upstream in 5.0; kept because
 * the seed's flow starts with it.
 */
final class InitialData {
    private InitialData() {}

    static Obj of(RocketChatServices s, String token, String departmentId) {
        Settings st = s.settings();
        Contact visitor = s.visitors().find(token).orElse(null);
        Obj data = Obj.of("enabled", st.bool("Livechat_enabled"), "title", st.string("Livechat_title"),
                "color", st.string("Livechat_title_color"), "registrationForm", st.bool("Livechat_registration_form"));
        data.putNull("room").putNull("visitor");
        if (visitor != null) {
            Obj guest = VisitorJson.guest(visitor);
            guest.remove("token"); // the seed's visitor object has no token
            data.with("visitor", guest);
            s.roomQueries().openRoomOf(visitor).ifPresent(view -> {
                var t = view.thread();
                data.with("room", Obj.of("_id", t.id(), "name", t.name(), "t", "l", "cl", false,
                        "v", Obj.of("_id", visitor.id(), "username", visitor.username(), "token", visitor.token()),
                        "servedBy", t.agent() == null ? null
                                : Obj.of("_id", t.agent().id(), "username", t.agent().username(), "ts", t.agent().since()),
                        "departmentId", t.departmentId()));
                s.roomQueries().agentOf(t).ifPresent(agent -> data.with("agentData", AgentJson.of(agent, st)));
            });
        }
        return data.with("triggers", List.of())
                .with("departments", s.departments().visibleToVisitors().stream()
                        .map(d -> Obj.of("_id", d.id(), "name", d.name(), "showOnRegistration", d.showOnRegistration()))
                        .toList())
                .with("allowSwitchingDepartments", true)
                .with("online", Online.forDepartment(s, departmentId))
                .with("offlineColor", st.string("Livechat_offline_title_color"))
                .with("offlineMessage", st.string("Livechat_offline_message"))
                .with("offlineSuccessMessage", st.string("Livechat_offline_success_message"))
                .with("offlineUnavailableMessage", st.string("Livechat_offline_form_unavailable"))
                .with("displayOfflineForm", st.bool("Livechat_display_offline_form"))
                .with("videoCall", false).with("fileUpload", false)
                .with("conversationFinishedMessage", st.string("Livechat_conversation_finished_message"))
                .with("conversationFinishedText", st.string("Livechat_conversation_finished_text"))
                .with("nameFieldRegistrationForm", st.bool("Livechat_name_field_registration_form"))
                .with("emailFieldRegistrationForm", st.bool("Livechat_email_field_registration_form"))
                .with("registrationFormMessage", st.string("Livechat_registration_form_message"))
                .with("showConnecting", false)
                .with("offlineTitle", st.string("Livechat_offline_title"))
                .with("language", st.string("Language"))
                .with("transcript", st.bool("Livechat_enable_transcript"))
                .with("transcriptMessage", "");
    }
}
