package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code DepartmentStore}: records, unique names, listing, agent memberships. */
interface DepartmentStoreContract extends StoreFixture {

    @Test
    default void a_fully_populated_department_round_trips() {
        Department department = Fixtures.fullDepartment("Sales");
        run(tx -> tx.departments().insert(department));
        assertThat(read((StoreTx tx) -> tx.departments().findById(department.id()))).contains(department);
    }

    @Test
    default void a_minimally_populated_department_round_trips_with_its_nulls() {
        Department department = Fixtures.minimalDepartment("Quiet");
        run(tx -> tx.departments().insert(department));
        assertThat(read((StoreTx tx) -> tx.departments().findById(department.id()))).contains(department);
        assertThat(read((StoreTx tx) -> tx.departments().findById("nope"))).isEmpty();
    }

    @Test
    default void a_department_name_is_unique_and_found_exactly() {
        Department sales = Fixtures.minimalDepartment("Sales");
        run(tx -> tx.departments().insert(sales));
        assertThatThrownBy(() -> run(tx -> tx.departments().insert(Fixtures.fullDepartment("Sales"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(read((StoreTx tx) -> tx.departments().findByName("Sales"))).contains(sales);
        assertThat(read((StoreTx tx) -> tx.departments().findByName("sales"))).isEmpty();
    }

    @Test
    default void a_department_update_replaces_every_field_including_clearing_to_null() {
        Department full = Fixtures.fullDepartment("Sales");
        run(tx -> tx.departments().insert(full));
        Department changed = new Department(full.id(), "Sales EU", false, false, true, null, null, at(1), at(6), 0);
        run(tx -> tx.departments().update(changed));
        assertThat(read((StoreTx tx) -> tx.departments().findById(full.id()))).contains(changed);
    }

    @Test
    default void departments_are_listed_by_name_filtered_by_text_and_paged() {
        run(tx -> {
            tx.departments().insert(new Department("d1", "support", true, true, true, null, null, at(3), at(3), 0));
            tx.departments().insert(new Department("d2", "Sales", true, true, true, null, null, at(1), at(1), 0));
            tx.departments().insert(new Department("d3", "Pre-sales", true, true, true, null, null, at(2), at(2), 0));
        });
        assertThat(names(null, PageRequest.all())).containsExactly("Pre-sales", "Sales", "support");
        assertThat(names("SALES", PageRequest.all())).containsExactly("Pre-sales", "Sales");
        assertThat(names(null, new PageRequest(0, 0, List.of(new SortKey("createdAt", false)))))
                .containsExactly("support", "Pre-sales", "Sales");
        assertThat(names(null, new PageRequest(0, 0, List.of(new SortKey("name", false)))))
                .containsExactly("support", "Sales", "Pre-sales");
        Page<Department> page = read(tx -> tx.departments().list("s", new PageRequest(2, 5, List.of())));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Department::name).containsExactly("support");
        assertThatThrownBy(() -> names(null, new PageRequest(0, 0, List.of(new SortKey("email", true)))))
                .isInstanceOf(Invalid.class);
    }

    private List<String> names(String text, PageRequest page) {
        return read(tx -> tx.departments().list(text, page)).items().stream().map(Department::name).toList();
    }

    @Test
    default void agents_of_a_department_are_replaced_listed_and_removed_everywhere() {
        User a = Fixtures.minimalUser("a");
        User b = Fixtures.minimalUser("b");
        Department sales = Fixtures.minimalDepartment("Sales");
        Department support = Fixtures.minimalDepartment("Support");
        run(tx -> {
            tx.users().insert(a);
            tx.users().insert(b);
            tx.departments().insert(sales);
            tx.departments().insert(support);
            tx.departments().setAgents(sales.id(), List.of(a.id(), b.id(), a.id()));
            tx.departments().setAgents(support.id(), List.of(a.id()));
        });
        assertThat(read((StoreTx tx) -> tx.departments().agentIds(sales.id()))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(read((StoreTx tx) -> tx.departments().departmentIdsOfAgent(a.id())))
                .containsExactlyInAnyOrder(sales.id(), support.id());
        run(tx -> tx.departments().setAgents(sales.id(), List.of(b.id())));
        assertThat(read((StoreTx tx) -> tx.departments().agentIds(sales.id()))).containsExactly(b.id());
        run(tx -> tx.departments().removeAgentEverywhere(b.id()));
        assertThat(read((StoreTx tx) -> tx.departments().agentIds(sales.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.departments().departmentIdsOfAgent(a.id()))).containsExactly(support.id());
        run(tx -> tx.departments().setAgents(support.id(), List.of()));
        assertThat(read((StoreTx tx) -> tx.departments().agentIds(support.id()))).isEmpty();
    }

    @Test
    default void deleting_a_department_drops_its_memberships_and_reports_whether_it_existed() {
        User a = Fixtures.minimalUser("a");
        Department sales = Fixtures.minimalDepartment("Sales");
        run(tx -> {
            tx.users().insert(a);
            tx.departments().insert(sales);
            tx.departments().setAgents(sales.id(), List.of(a.id()));
        });
        assertThat(write((StoreTx tx) -> tx.departments().delete(sales.id()))).isTrue();
        assertThat(write((StoreTx tx) -> tx.departments().delete(sales.id()))).isFalse();
        assertThat(read((StoreTx tx) -> tx.departments().departmentIdsOfAgent(a.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.departments().findByName("Sales"))).isEmpty();
    }
}
