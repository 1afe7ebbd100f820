package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.hours.BusinessHours;
import dev.switchboard.core.hours.BusinessHoursMaps;
import dev.switchboard.core.hours.InvalidBusinessHours;
import dev.switchboard.core.store.BusinessHoursStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link BusinessHoursStore} on the {@code department_business_hours} table: the definition is kept
 * as the JSON of {@link BusinessHoursMaps}, so times keep their written form.
 */
final class BusinessHoursRepository implements BusinessHoursStore {
    private final Tx tx;

    BusinessHoursRepository(Tx tx) { this.tx = tx; }

    @Override
    public Optional<BusinessHours> find(String departmentId) {
        return tx.query("SELECT definition FROM department_business_hours WHERE department_id = :id")
                .bind("id", departmentId).mapTo(String.class).findOne().map(this::definition);
    }

    @Override
    public void upsert(String departmentId, BusinessHours hours, Instant at) {
        tx.execute(tx.update("INSERT INTO department_business_hours (department_id, definition, updated_at)"
                        + " VALUES (:id, :definition, :at) ON CONFLICT (department_id) DO UPDATE"
                        + " SET definition = excluded.definition, updated_at = excluded.updated_at")
                .bind("id", departmentId).bind("definition", tx.json.write(BusinessHoursMaps.toMap(hours)))
                .bind("at", Columns.millis(at)));
    }

    @Override
    public boolean delete(String departmentId) {
        return tx.execute(tx.update("DELETE FROM department_business_hours WHERE department_id = :id")
                .bind("id", departmentId)) > 0;
    }

    @Override
    public Map<String, BusinessHours> listAll() {
        Map<String, BusinessHours> all = new LinkedHashMap<>();
        tx.query("SELECT department_id, definition FROM department_business_hours ORDER BY department_id")
                .map((rs, ctx) -> Map.entry(rs.getString("department_id"), rs.getString("definition")))
                .forEach(row -> all.put(row.getKey(), definition(row.getValue())));
        return all;
    }

    private BusinessHours definition(String json) {
        try {
            return BusinessHoursMaps.fromMap(tx.json.objectMap(json));
        } catch (InvalidBusinessHours e) {
            // Only validated definitions are written, so this means a damaged row (or a zone the JVM dropped).
            throw new IllegalStateException("unreadable business hours in the database: " + e.getMessage(), e);
        }
    }
}
