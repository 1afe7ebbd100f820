package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.User;

/** Departments and department-agent links in Rocket.Chat's shapes. */
public final class DepartmentJson {
    private DepartmentJson() {}

    public static Obj of(Department d) {
        return Obj.of("_id", d.id(), "name", d.name(), "enabled", d.enabled(), "showOnRegistration", d.showOnRegistration(),
                "showOnOfflineForm", d.showOnOfflineForm(), "email", d.email(), "description", d.description(),
                "type", "d", "maxNumberSimultaneousChat", d.maxChats(), "_updatedAt", d.updatedAt());
    }

    public static Obj agent(Department d, User u) {
        return Obj.of("_id", d.id() + ":" + u.id(), "agentId", u.id(), "departmentId", d.id(), "username", u.username(),
                "count", 0, "order", 0);
    }
}
