package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.hours.BusinessHours;
import dev.switchboard.core.hours.BusinessHoursBuilder;
import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.store.StoreTx;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code BusinessHoursStore}: one definition per department, kept exactly, gone with its department. */
interface BusinessHoursStoreContract extends StoreFixture {

    private static BusinessHours guatemala() {
        return new BusinessHoursBuilder(Fields.JSON).timeZone("Etc/GMT+6")
                .workingDayMessage("Lunes a viernes, 8:00–17:00 \"hora local\" 😀")
                .workingDay("monday", "8:00", "12:00").workingDay("monday", "13:00", "17:00")
                .workingDay("saturday", "09:30", "24:00")
                .holiday("Independence Day", "2024-09-15", "15/09/2024", "Feriado")
                .holiday("", "2024-12-24", "2024-12-26", "").build();
    }

    private static BusinessHours berlin() {
        return new BusinessHoursBuilder(Fields.JSON).timeZone("Europe/Berlin").workingDay("friday", "7:00", "9:00").build();
    }

    private Department department(String name) {
        Department d = Fixtures.minimalDepartment(name);
        run(tx -> tx.departments().insert(d));
        return d;
    }

    @Test
    default void no_business_hours_are_stored_at_first() {
        Department sales = department("Sales");
        assertThat(read((StoreTx tx) -> tx.businessHours().find(sales.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.businessHours().listAll())).isEmpty();
    }

    @Test
    default void a_definition_round_trips_with_its_times_as_written() {
        Department sales = department("Sales");
        run(tx -> tx.businessHours().upsert(sales.id(), guatemala(), at(0)));

        BusinessHours back = read((StoreTx tx) -> tx.businessHours().find(sales.id())).orElseThrow();

        assertThat(back).isEqualTo(guatemala());
        assertThat(back.workingDays()).extracting(w -> w.startText()).containsExactly("8:00", "13:00", "09:30");
        assertThat(back.workingDays().get(2).endText()).isEqualTo("24:00");
    }

    @Test
    default void upserting_again_replaces_the_definition_and_list_all_gives_each_department_its_own() {
        Department sales = department("Sales");
        Department support = department("Support");
        run(tx -> {
            tx.businessHours().upsert(sales.id(), guatemala(), at(0));
            tx.businessHours().upsert(support.id(), guatemala(), at(0));
        });
        run(tx -> tx.businessHours().upsert(sales.id(), berlin(), at(1)));

        assertThat(read((StoreTx tx) -> tx.businessHours().find(sales.id()))).contains(berlin());
        assertThat(read((StoreTx tx) -> tx.businessHours().listAll()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(sales.id(), berlin(), support.id(), guatemala()));
    }

    @Test
    default void deleting_reports_whether_there_was_a_definition() {
        Department sales = department("Sales");
        run(tx -> tx.businessHours().upsert(sales.id(), berlin(), at(0)));

        assertThat(write((StoreTx tx) -> tx.businessHours().delete(sales.id()))).isTrue();
        assertThat(write((StoreTx tx) -> tx.businessHours().delete(sales.id()))).isFalse();
        assertThat(read((StoreTx tx) -> tx.businessHours().find(sales.id()))).isEmpty();
    }

    @Test
    default void deleting_a_department_deletes_its_business_hours() {
        Department sales = department("Sales");
        Department support = department("Support");
        run(tx -> {
            tx.businessHours().upsert(sales.id(), berlin(), at(0));
            tx.businessHours().upsert(support.id(), guatemala(), at(0));
        });

        run(tx -> tx.departments().delete(sales.id()));

        assertThat(read((StoreTx tx) -> tx.businessHours().listAll())).containsOnlyKeys(support.id());
    }

    @Test
    default void business_hours_of_an_unknown_department_are_refused() {
        assertThatThrownBy(() -> run(tx -> tx.businessHours().upsert("ghost", berlin(), at(0))))
                .isInstanceOf(RuntimeException.class);
        assertThat(read((StoreTx tx) -> tx.businessHours().listAll())).isEmpty();
    }
}
