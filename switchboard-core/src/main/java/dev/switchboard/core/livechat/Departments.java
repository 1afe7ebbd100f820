package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Department;
import dev.switchboard.core.store.StoreTx;
import java.util.Optional;

/** Department lookup shared by the livechat services. */
final class Departments {
    private Departments() {}

    /** A department by id, else by exact name. */
    static Optional<Department> resolve(StoreTx tx, String idOrName) {
        return tx.departments().findById(idOrName).or(() -> tx.departments().findByName(idOrName));
    }
}
