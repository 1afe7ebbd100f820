package dev.switchboard.core.store;

import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** Departments and their agents. */
public interface DepartmentStore {
    /** @throws DuplicateKeyException when the name is taken */
    void insert(Department department);

    void update(Department department);

    Optional<Department> findById(String id);

    /** Exact name match. */
    Optional<Department> findByName(String name);

    /** Sort fields: {@code name}, {@code createdAt}; default {@code name} ascending. */
    Page<Department> list(String textOrNull, PageRequest page);

    /** Deletes the department and its agent memberships. @return whether it existed */
    boolean delete(String id);

    /** Replaces the department's agents. */
    void setAgents(String departmentId, List<String> agentIds);

    List<String> agentIds(String departmentId);

    List<String> departmentIdsOfAgent(String agentId);

    /** Drops the user from every department (when the agent role is removed). */
    void removeAgentEverywhere(String agentId);
}
