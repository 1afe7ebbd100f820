package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Departments and their agents. Thread-safe. */
public final class DepartmentService {
    private final Store store;
    private final Clock clock;
    private final dev.switchboard.core.event.EventBus bus;

    public DepartmentService(Store store, Clock clock, dev.switchboard.core.event.EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /** The editable fields of a department; {@code maxChats} null keeps the current limit (0 on create). */
    public record DepartmentFields(String name, boolean enabled, boolean showOnRegistration, boolean showOnOfflineForm,
                                   String email, String description, Long maxChats) {}

    /** A department with its agents. */
    public record DepartmentWithAgents(Department department, List<User> agents) {}

    public Page<Department> list(User actor, String text, PageRequest page) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_DEPARTMENTS, Permission.VIEW_L_ROOM);
        return store.read(tx -> tx.departments().list(text, page));
    }

    /** The enabled departments a visitor may choose, for the widget's configuration. */
    public List<Department> visibleToVisitors() {
        return store.read(tx -> tx.departments().list(null, PageRequest.all())).items().stream()
                .filter(Department::enabled).toList();
    }

    public Optional<DepartmentWithAgents> get(User actor, String id) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_DEPARTMENTS, Permission.VIEW_L_ROOM);
        return store.read(tx -> tx.departments().findById(id).map(d -> withAgents(tx, d)));
    }

    /** @param agentIds null keeps the current agents (on update); each must be a livechat agent */
    public DepartmentWithAgents create(User actor, DepartmentFields fields, List<String> agentIds) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        var now = clock.instant();
        Department d = new Department(Ids.newId(), fields.name(), fields.enabled(), fields.showOnRegistration(),
                fields.showOnOfflineForm(), fields.email(), fields.description(), now, now,
                fields.maxChats() == null ? 0 : fields.maxChats());
        return save(tx -> tx.departments().insert(d), d, agentIds);
    }

    public DepartmentWithAgents update(User actor, String id, DepartmentFields fields, List<String> agentIds) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        Department old = store.read(tx -> tx.departments().findById(id)).orElseThrow(DepartmentService::notFound);
        Department d = new Department(id, fields.name(), fields.enabled(), fields.showOnRegistration(),
                fields.showOnOfflineForm(), fields.email(), fields.description(), old.createdAt(), clock.instant(),
                fields.maxChats() == null ? old.maxChats() : fields.maxChats());
        return save(tx -> tx.departments().update(d), d, agentIds);
    }

    public void delete(User actor, String id) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        if (!store.write(tx -> tx.departments().delete(id))) throw notFound();
    }

    private DepartmentWithAgents save(java.util.function.Consumer<StoreTx> write, Department d, List<String> agentIds) {
        try {
            DepartmentWithAgents saved = store.write(tx -> {
                write.accept(tx);
                if (agentIds != null) {
                    for (String agentId : agentIds) {
                        tx.users().findById(agentId).filter(u -> u.hasRole(Role.LIVECHAT_AGENT))
                                .orElseThrow(() -> new Invalid("error-invalid-agent", "Invalid agent " + agentId));
                    }
                    tx.departments().setAgents(d.id(), agentIds.stream().distinct().toList());
                }
                return withAgents(tx, d);
            });
            // New agents or a raised limit may let waiting inquiries of the department through.
            bus.publish(new dev.switchboard.core.event.DomainEvent.RoutingRulesChanged("department " + d.id()));
            return saved;
        } catch (DuplicateKeyException e) {
            throw new Conflict("error-duplicated-department-name", "A department named " + d.name() + " already exists");
        }
    }

    private static DepartmentWithAgents withAgents(StoreTx tx, Department d) {
        return new DepartmentWithAgents(d, tx.departments().agentIds(d.id()).stream()
                .flatMap(id -> tx.users().findById(id).stream()).toList());
    }

    private static Invalid notFound() { return new Invalid("error-department-not-found", "Department not found"); }
}
