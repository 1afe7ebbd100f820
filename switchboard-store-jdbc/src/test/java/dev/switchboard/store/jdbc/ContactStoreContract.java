package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ContactStore}: records, unique tokens, lookups, deletion. */
interface ContactStoreContract extends StoreFixture {

    @Test
    default void a_fully_populated_contact_round_trips() {
        Contact contact = Fixtures.fullContact();
        run(tx -> tx.contacts().insert(contact));
        assertThat(read((StoreTx tx) -> tx.contacts().findById(contact.id()))).contains(contact);
    }

    @Test
    default void a_minimally_populated_contact_round_trips_with_its_nulls() {
        Contact contact = Fixtures.minimalContact();
        run(tx -> tx.contacts().insert(contact));
        Contact stored = read(tx -> tx.contacts().findById(contact.id())).orElseThrow();
        assertThat(stored).isEqualTo(contact);
        assertThat(stored.customFields()).isEmpty();
        assertThat(stored.lastThreadAt()).isNull();
    }

    @Test
    default void a_token_or_an_id_cannot_be_used_twice() {
        Contact contact = Fixtures.minimalContact();
        run(tx -> tx.contacts().insert(contact));
        Contact sameToken = new Contact(Ids.newId(), contact.token(), "other", null, null, null, null, null,
                "online", null, null, at(0), at(0));
        assertThatThrownBy(() -> run(tx -> tx.contacts().insert(sameToken))).isInstanceOf(DuplicateKeyException.class);
        Contact sameId = new Contact(contact.id(), Ids.newSecret(), "other", null, null, null, null, null,
                "online", null, null, at(0), at(0));
        assertThatThrownBy(() -> run(tx -> tx.contacts().insert(sameId))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void a_contact_is_found_by_its_exact_token_only() {
        Contact contact = new Contact(Ids.newId(), "AbC-token", "guest", null, null, null, null, null, "online",
                null, null, at(0), at(0));
        run(tx -> tx.contacts().insert(contact));
        assertThat(read((StoreTx tx) -> tx.contacts().findByToken("AbC-token"))).contains(contact);
        assertThat(read((StoreTx tx) -> tx.contacts().findByToken("abc-token"))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.contacts().findById("nope"))).isEmpty();
    }

    @Test
    default void a_contact_update_replaces_every_field_including_clearing_to_null() {
        Contact full = Fixtures.fullContact();
        run(tx -> tx.contacts().insert(full));
        Contact changed = new Contact(full.id(), "new-token", "guest-2", "Vera V.", "v@example.org", "+1555",
                "dept-2", Map.of("plan", "silver"), "away", "thread-10", at(7), at(1), at(7));
        run(tx -> tx.contacts().update(changed));
        assertThat(read((StoreTx tx) -> tx.contacts().findById(full.id()))).contains(changed);
        Contact cleared = new Contact(full.id(), "new-token", "guest-2", null, null, null, null, Map.of(), "offline",
                null, null, at(1), at(8));
        run(tx -> tx.contacts().update(cleared));
        assertThat(read((StoreTx tx) -> tx.contacts().findById(full.id()))).contains(cleared);
    }

    @Test
    default void deleting_reports_whether_the_contact_existed() {
        Contact contact = Fixtures.minimalContact();
        run(tx -> tx.contacts().insert(contact));
        assertThat(write((StoreTx tx) -> tx.contacts().delete(contact.id()))).isTrue();
        assertThat(write((StoreTx tx) -> tx.contacts().delete(contact.id()))).isFalse();
        assertThat(read((StoreTx tx) -> tx.contacts().findByToken(contact.token()))).isEmpty();
    }

    @Test
    default void a_contact_with_threads_can_be_deleted_and_its_threads_stay() {
        var thread = write(Fixtures::newOpenThread);
        assertThat(write((StoreTx tx) -> tx.contacts().delete(thread.contactId()))).isTrue();
        assertThat(read((StoreTx tx) -> tx.threads().listByContact(thread.contactId()))).containsExactly(thread);
    }
}
