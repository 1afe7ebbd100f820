package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.hours.BusinessHoursMaps;
import dev.switchboard.core.hours.BusinessHoursService.DepartmentHours;

/**
 * A department's business hours as the REST extension shows them: the definition in the shape the
 * POST accepts (so a GET can be edited and posted back), whether the feature is on, whether the
 * department takes chats now, and the definition's day status with the field names of
 * live-agents-mediator.md §7.5. Stateless.
 */
public final class BusinessHoursJson {
    private BusinessHoursJson() {}

    public static Obj of(DepartmentHours d) {
        Obj o = new Obj();
        if (d.hours() == null) o.putNull("businessHours");
        else o.with("businessHours", BusinessHoursMaps.toMap(d.hours()));
        o.with("enabled", d.enabled()).with("open", d.open());
        if (d.dayStatus() == null) o.putNull("dayStatus");
        else o.with("dayStatus", d.dayStatus().fields());
        return o;
    }
}
