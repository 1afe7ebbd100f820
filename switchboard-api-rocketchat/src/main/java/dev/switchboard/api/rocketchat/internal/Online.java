package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.settings.SettingsCatalog;

/**
 * Whether the widget shows the chat as online (rocketchat-livechat.md §3.6 {@code online}): the
 * department is within its business hours (when the feature is on and it has any), and an agent is
 * available for it, or chats are accepted with no agent online.
 */
public final class Online {
    private Online() {}

    /** @param departmentId nullable: any department */
    public static boolean forDepartment(RocketChatServices s, String departmentId) {
        return s.businessHours().isOpenNow(departmentId)
                && (s.settings().bool(SettingsCatalog.ACCEPT_WITH_NO_AGENTS) || s.roomQueries().anyAgentOnline(departmentId));
    }
}
