package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;

/**
 * The agent object shown to visitors (rocketchat-livechat.md §3.6): emails only when
 * {@code Livechat_show_agent_email} is on; {@code {"hiddenInfo":true}} when agent info is hidden.
 */
public final class AgentJson {
    private AgentJson() {}

    public static Obj of(User agent, Settings settings) {
        if (!settings.bool("Livechat_show_agent_info")) return Obj.of("hiddenInfo", true);
        return Obj.of("_id", agent.id(), "username", agent.username(), "name", agent.name(),
                "status", agent.status().wireName(), "livechat", new Obj(),
                "emails", settings.bool("Livechat_show_agent_email") ? UserJson.emails(agent) : null);
    }
}
