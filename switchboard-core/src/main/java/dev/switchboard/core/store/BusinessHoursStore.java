package dev.switchboard.core.store;

import dev.switchboard.core.hours.BusinessHours;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The business hours of departments, at most one definition per department. Deleting a department
 * deletes its definition.
 */
public interface BusinessHoursStore {
    Optional<BusinessHours> find(String departmentId);

    /** Inserts or replaces the department's definition; the department must exist. */
    void upsert(String departmentId, BusinessHours hours, Instant at);

    /** @return whether the department had a definition */
    boolean delete(String departmentId);

    /** Every definition by department id. */
    Map<String, BusinessHours> listAll();
}
