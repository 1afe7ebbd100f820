package dev.switchboard.core.auth;

/** The permissions the livechat endpoints check, with Rocket.Chat's names. */
public enum Permission {
    VIEW_LIVECHAT_MANAGER("view-livechat-manager"),
    VIEW_L_ROOM("view-l-room"),
    VIEW_LIVECHAT_ROOMS("view-livechat-rooms"),
    TRANSFER_LIVECHAT_GUEST("transfer-livechat-guest"),
    EDIT_OMNICHANNEL_CONTACT("edit-omnichannel-contact"),
    CLOSE_LIVECHAT_ROOM("close-livechat-room"),
    CLOSE_OTHERS_LIVECHAT_ROOM("close-others-livechat-room"),
    VIEW_LIVECHAT_DEPARTMENTS("view-livechat-departments"),
    MANAGE_LIVECHAT_DEPARTMENTS("manage-livechat-departments"),
    MANAGE_LIVECHAT_AGENTS("manage-livechat-agents"),
    VIEW_PRIVILEGED_SETTING("view-privileged-setting"),
    EDIT_PRIVILEGED_SETTING("edit-privileged-setting"),
    CREATE_USER("create-user"),
    EDIT_OTHER_USER_INFO("edit-other-user-info"),
    VIEW_FULL_OTHER_USER_INFO("view-full-other-user-info"),
    CHANGE_LIVECHAT_ROOM_VISITOR("change-livechat-room-visitor");

    private final String wireName;

    Permission(String wireName) { this.wireName = wireName; }

    public String wireName() { return wireName; }
}
