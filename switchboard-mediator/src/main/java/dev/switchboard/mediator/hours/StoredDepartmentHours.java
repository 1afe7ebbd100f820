package dev.switchboard.mediator.hours;

import dev.switchboard.core.hours.BusinessHours;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.store.Store;
import dev.switchboard.mediator.BusinessKeys;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The business hours routing uses (a department's definition, {@code livechat/department/:id/business-hours})
 * as day-status's second source, for a project and country without a file (live-agents-mediator.md
 * §7.2, §13.4 {@code source = database}): the registering department's own definition first, else the
 * definition of any department whose name resolves to the same project and country, the first by name
 * so the answer is stable. Read on each call, like the files. Thread-safe.
 */
public final class StoredDepartmentHours {
    private final Store store;
    private final BusinessKeys keys;

    public StoredDepartmentHours(Store store, BusinessKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /**
     * @param project, country lower case
     * @param departmentId    nullable: the department asking (registerClient), whose own definition wins
     */
    public Optional<BusinessHours> find(String project, String country, String departmentId) {
        return store.read(tx -> {
            Map<String, BusinessHours> all = tx.businessHours().listAll();
            if (departmentId != null && all.containsKey(departmentId)) return Optional.of(all.get(departmentId));
            return all.keySet().stream().map(id -> tx.departments().findById(id)).flatMap(Optional::stream)
                    .filter(d -> keys.resolve(d.name(), null, null).equals(new BusinessKeys.Keys(project, country)))
                    .min(Comparator.comparing(Department::name)).map(d -> all.get(d.id()));
        });
    }
}
