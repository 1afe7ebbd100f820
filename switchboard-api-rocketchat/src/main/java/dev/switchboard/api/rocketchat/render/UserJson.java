package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import java.util.List;

/** Users in their Rocket.Chat shapes. Never exposes password hashes or tokens. */
public final class UserJson {
    private UserJson() {}

    public static List<Obj> emails(User u) {
        return u.email() == null ? null : List.of(Obj.of("address", u.email(), "verified", false));
    }

    /** The full document of the caller or of an administrator's view ({@code me}, {@code users.info}). */
    public static Obj full(User u, String baseUrl) {
        return Obj.of("_id", u.id(), "username", u.username(), "name", u.name(), "type", "user",
                "status", u.status().wireName(), "statusText", u.statusText(), "active", u.active(),
                "roles", u.roles().stream().map(Role::wireName).sorted().toList(), "emails", emails(u),
                "email", u.email(), "utcOffset", 0, "createdAt", u.createdAt(), "_updatedAt", u.updatedAt(),
                "statusLivechat", u.livechatStatus() == null ? null : u.livechatStatus().wireName(),
                "settings", Obj.of("profile", new Obj(), "preferences", new Obj()),
                "avatarUrl", baseUrl + "/avatar/" + u.username());
    }

    /** The livechat agent/manager listing shape (§4.3). */
    public static Obj agent(User u, List<String> departmentIds) {
        return Obj.of("_id", u.id(), "username", u.username(), "name", u.name(), "status", u.status().wireName(),
                "statusLivechat", u.livechatStatus() == null ? null : u.livechatStatus().wireName(),
                "emails", emails(u), "livechat", new Obj(), "departments", departmentIds);
    }
}
