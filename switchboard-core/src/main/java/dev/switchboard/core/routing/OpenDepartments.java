package dev.switchboard.core.routing;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which departments route at an instant (their business hours); a closed department's inquiries wait.
 * Ask outside any transaction and use the answer inside one: the answer may need its own read.
 */
@FunctionalInterface
public interface OpenDepartments {
    /** @return whether a department (by id; never called with null) is open at {@code now} */
    Predicate<String> at(Instant now);

    static OpenDepartments always() { return now -> departmentId -> true; }
}
