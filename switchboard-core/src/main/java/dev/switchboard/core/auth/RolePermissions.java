package dev.switchboard.core.auth;

import static dev.switchboard.core.auth.Permission.*;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role grants which permission. Administrators hold every permission; managers run the
 * omnichannel side but not the server; agents serve chats. The mapping follows Rocket.Chat's
 * defaults for the permissions Switchboard checks. Stateless.
 */
public final class RolePermissions {
    private static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.ADMIN, EnumSet.allOf(Permission.class),
            Role.LIVECHAT_MANAGER, EnumSet.of(VIEW_LIVECHAT_MANAGER, VIEW_L_ROOM, VIEW_LIVECHAT_ROOMS,
                    TRANSFER_LIVECHAT_GUEST, EDIT_OMNICHANNEL_CONTACT, CLOSE_LIVECHAT_ROOM,
                    CLOSE_OTHERS_LIVECHAT_ROOM, VIEW_LIVECHAT_DEPARTMENTS, MANAGE_LIVECHAT_DEPARTMENTS,
                    MANAGE_LIVECHAT_AGENTS, CHANGE_LIVECHAT_ROOM_VISITOR),
            Role.LIVECHAT_AGENT, EnumSet.of(VIEW_L_ROOM, TRANSFER_LIVECHAT_GUEST, EDIT_OMNICHANNEL_CONTACT,
                    CLOSE_LIVECHAT_ROOM, VIEW_LIVECHAT_DEPARTMENTS, CHANGE_LIVECHAT_ROOM_VISITOR));

    private RolePermissions() {}

    public static boolean has(User user, Permission permission) {
        if (!user.active()) return false;
        for (Role r : user.roles()) {
            if (GRANTS.getOrDefault(r, Set.of()).contains(permission)) return true;
        }
        return false;
    }

    /** @throws Forbidden unless the user holds at least one of the permissions */
    public static void require(User user, Permission... anyOf) {
        for (Permission p : anyOf) if (has(user, p)) return;
        throw new Forbidden("error-forbidden", "User does not have the permissions required for this action");
    }
}
