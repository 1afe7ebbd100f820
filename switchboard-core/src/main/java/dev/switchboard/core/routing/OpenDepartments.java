package dev.switchboard.core.routing;

import java.time.Instant;

/** Whether a department routes right now (its business hours); a closed department's inquiries wait. */
@FunctionalInterface
public interface OpenDepartments {
    boolean isOpen(String departmentId, Instant now);

    static OpenDepartments always() { return (departmentId, now) -> true; }
}
