package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code UserStore}: records, uniqueness, lookups, roles and login tokens. */
interface UserStoreContract extends StoreFixture {

    @Test
    default void a_fully_populated_user_round_trips() {
        User user = Fixtures.fullUser("alice");
        run(tx -> tx.users().insert(user));
        assertThat(read((StoreTx tx) -> tx.users().findById(user.id()))).contains(user);
    }

    @Test
    default void a_minimally_populated_user_round_trips_with_its_nulls() {
        User user = Fixtures.minimalUser("bob");
        run(tx -> tx.users().insert(user));
        User stored = read(tx -> tx.users().findById(user.id())).orElseThrow();
        assertThat(stored).isEqualTo(user);
        assertThat(stored.email()).isNull();
        assertThat(stored.status()).isNull();
        assertThat(stored.livechatStatus()).isNull();
        assertThat(stored.statusText()).isEmpty();
    }

    @Test
    default void unknown_users_are_not_found() {
        assertThat(read((StoreTx tx) -> tx.users().findById("nope"))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.users().findByUsername("nope"))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.users().findByEmail("nope@example.com"))).isEmpty();
    }

    @Test
    default void users_are_found_by_username_and_email_regardless_of_case() {
        User user = Fixtures.fullUser("Alice");
        run(tx -> tx.users().insert(user));
        assertThat(read((StoreTx tx) -> tx.users().findByUsername("aLICE"))).contains(user);
        assertThat(read((StoreTx tx) -> tx.users().findByEmail("ALICE@example.COM"))).contains(user);
    }

    @Test
    default void a_username_is_taken_regardless_of_case() {
        User alice = Fixtures.minimalUser("alice");
        run(tx -> tx.users().insert(alice));
        assertThatThrownBy(() -> run(tx -> tx.users().insert(Fixtures.minimalUser("ALICE"))))
                .isInstanceOf(DuplicateKeyException.class);
        User sameId = new User(alice.id(), "other", "x", null, null, Set.of(), true, null, "", null, false,
                at(0), at(0));
        assertThatThrownBy(() -> run(tx -> tx.users().insert(sameId))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void an_email_is_taken_regardless_of_case_but_many_users_may_have_none() {
        run(tx -> tx.users().insert(Fixtures.fullUser("alice")));
        User sameEmail = new User(Ids.newId(), "alice2", "A", "ALICE@EXAMPLE.COM", null, Set.of(), true, null, "",
                null, false, at(0), at(0));
        assertThatThrownBy(() -> run(tx -> tx.users().insert(sameEmail))).isInstanceOf(DuplicateKeyException.class);
        run(tx -> {
            tx.users().insert(Fixtures.minimalUser("n1"));
            tx.users().insert(Fixtures.minimalUser("n2"));
        });
        assertThat(read((StoreTx tx) -> tx.users().findByUsername("n2"))).isPresent();
    }

    @Test
    default void a_user_update_replaces_every_field_including_clearing_to_null() {
        User full = Fixtures.fullUser("alice");
        run(tx -> tx.users().insert(full));
        User changed = new User(full.id(), "alicia", "Alicia", "alicia@example.com", "$2a$10$other",
                Set.of(Role.LIVECHAT_MANAGER), false, Presence.BUSY, "in a meeting", LivechatStatus.NOT_AVAILABLE,
                false, at(0), at(9));
        run(tx -> tx.users().update(changed));
        assertThat(read((StoreTx tx) -> tx.users().findById(full.id()))).contains(changed);
        User cleared = new User(full.id(), "alicia", "Alicia", null, null, Set.of(), true, null, null, null, false,
                at(0), at(10));
        run(tx -> tx.users().update(cleared));
        assertThat(read((StoreTx tx) -> tx.users().findById(full.id()))).contains(cleared);
        assertThat(read((StoreTx tx) -> tx.users().findByUsername("alice"))).isEmpty();
    }

    @Test
    default void users_holding_a_role_are_counted_exactly() {
        run(tx -> {
            tx.users().insert(Fixtures.agent("a1", LivechatStatus.AVAILABLE, Presence.ONLINE));
            tx.users().insert(Fixtures.agent("a2", null, null, Role.LIVECHAT_MANAGER));
            tx.users().insert(Fixtures.fullUser("admin"));
            tx.users().insert(Fixtures.minimalUser("nobody"));
        });
        assertThat(read((StoreTx tx) -> tx.users().countWithRole(Role.LIVECHAT_AGENT))).isEqualTo(3);
        assertThat(read((StoreTx tx) -> tx.users().countWithRole(Role.LIVECHAT_MANAGER))).isEqualTo(1);
        assertThat(read((StoreTx tx) -> tx.users().countWithRole(Role.ADMIN))).isEqualTo(1);
        assertThat(read((StoreTx tx) -> tx.users().countWithRole(Role.BOT))).isZero();
    }

    @Test
    default void a_login_token_names_its_user_until_removed() {
        User user = Fixtures.minimalUser("alice");
        run(tx -> {
            tx.users().insert(user);
            tx.users().addToken(user.id(), "hash-1", at(0));
            tx.users().addToken(user.id(), "hash-2", at(1));
        });
        assertThat(read((StoreTx tx) -> tx.users().userIdForToken("hash-1"))).contains(user.id());
        assertThat(write((StoreTx tx) -> tx.users().removeToken("hash-1"))).isTrue();
        assertThat(write((StoreTx tx) -> tx.users().removeToken("hash-1"))).isFalse();
        assertThat(read((StoreTx tx) -> tx.users().userIdForToken("hash-1"))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.users().userIdForToken("hash-2"))).contains(user.id());
        assertThat(read((StoreTx tx) -> tx.users().userIdForToken("unknown"))).isEmpty();
    }
}
