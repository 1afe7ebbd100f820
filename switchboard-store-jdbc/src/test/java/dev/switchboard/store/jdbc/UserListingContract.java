package dev.switchboard.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.core.store.UserStore.UserQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code UserStore.list}: filters, sorts, paging. */
interface UserListingContract extends StoreFixture {

    private void insertTeam() {
        run(tx -> {
            tx.users().insert(user("carol", "Carol Chen", "carol@corp.example", Set.of(Role.LIVECHAT_AGENT),
                    Presence.ONLINE, LivechatStatus.AVAILABLE, 3));
            tx.users().insert(user("dave", "dave Brown", null, Set.of(Role.LIVECHAT_AGENT),
                    Presence.OFFLINE, LivechatStatus.AVAILABLE, 1));
            tx.users().insert(user("bot_1", "Answer Bot", null, Set.of(Role.LIVECHAT_AGENT, Role.BOT),
                    null, LivechatStatus.AVAILABLE, 2));
            tx.users().insert(user("erin", "Erin Admin", "boss@corp.example", Set.of(Role.ADMIN),
                    Presence.AWAY, null, 4));
            tx.users().insert(user("botxy", "Zed", null, Set.of(Role.LIVECHAT_MANAGER),
                    null, LivechatStatus.NOT_AVAILABLE, 0));
        });
    }

    private static User user(String username, String name, String email, Set<Role> roles, Presence presence,
                             LivechatStatus livechat, int createdMinute) {
        return new User(Ids.newId(), username, name, email, null, roles, true, presence, "", livechat, false,
                Fixtures.at(createdMinute), Fixtures.at(createdMinute));
    }

    private List<String> usernames(UserQuery query, PageRequest page) {
        return read(tx -> tx.users().list(query, page)).items().stream().map(User::username).toList();
    }

    private static UserQuery all() { return new UserQuery(null, null, false, null, false); }

    @Test
    default void users_are_listed_by_name_by_default_ignoring_case() {
        insertTeam();
        assertThat(usernames(all(), PageRequest.all())).containsExactly("bot_1", "carol", "dave", "erin", "botxy");
    }

    @Test
    default void users_can_be_sorted_by_username_and_creation_time_in_both_directions() {
        insertTeam();
        assertThat(usernames(all(), new PageRequest(0, 0, List.of(new SortKey("username", false)))))
                .containsExactly("erin", "dave", "carol", "botxy", "bot_1");
        assertThat(usernames(all(), new PageRequest(0, 0, List.of(new SortKey("createdAt", true)))))
                .containsExactly("botxy", "dave", "bot_1", "carol", "erin");
    }

    @Test
    default void an_unknown_user_sort_field_is_invalid() {
        assertThatThrownBy(() -> read(tx -> tx.users().list(all(), new PageRequest(0, 0,
                List.of(new SortKey("password", true))))))
                .isInstanceOf(Invalid.class).hasMessageContaining("unknown sort field 'password'");
    }

    @Test
    default void users_are_filtered_by_role_exactly() {
        insertTeam();
        assertThat(usernames(new UserQuery(Role.LIVECHAT_AGENT, null, false, null, false), PageRequest.all()))
                .containsExactly("bot_1", "carol", "dave");
        assertThat(usernames(new UserQuery(Role.BOT, null, false, null, false), PageRequest.all()))
                .containsExactly("bot_1");
    }

    @Test
    default void text_matches_username_name_or_email_ignoring_case_with_wildcards_taken_literally() {
        insertTeam();
        assertThat(usernames(new UserQuery(null, "BROWN", false, null, false), PageRequest.all()))
                .containsExactly("dave");
        assertThat(usernames(new UserQuery(null, "corp.EXAMPLE", false, null, false), PageRequest.all()))
                .containsExactly("carol", "erin");
        assertThat(usernames(new UserQuery(null, "bot", false, null, false), PageRequest.all()))
                .containsExactly("bot_1", "botxy");
        assertThat(usernames(new UserQuery(null, "t_", false, null, false), PageRequest.all()))
                .containsExactly("bot_1");
        assertThat(usernames(new UserQuery(null, "%", false, null, false), PageRequest.all())).isEmpty();
        assertThat(usernames(new UserQuery(null, "!", false, null, false), PageRequest.all())).isEmpty();
    }

    @Test
    default void users_are_filtered_by_availability_exclusion_and_presence() {
        insertTeam();
        assertThat(usernames(new UserQuery(null, null, true, null, false), PageRequest.all()))
                .containsExactly("bot_1", "carol", "dave");
        String carolId = read(tx -> tx.users().findByUsername("carol")).orElseThrow().id();
        assertThat(usernames(new UserQuery(Role.LIVECHAT_AGENT, null, false, carolId, false), PageRequest.all()))
                .containsExactly("bot_1", "dave");
        // Offline and never-connected users are hidden, bots are not.
        assertThat(usernames(new UserQuery(null, null, false, null, true), PageRequest.all()))
                .containsExactly("bot_1", "carol", "erin");
    }

    @Test
    default void a_page_holds_its_slice_and_the_total_of_all_matches() {
        insertTeam();
        Page<User> page = read(tx -> tx.users().list(all(), new PageRequest(1, 2, List.of())));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(User::username).containsExactly("carol", "dave");
        Page<User> beyond = read(tx -> tx.users().list(all(), new PageRequest(10, 2, List.of())));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        Page<User> rest = read(tx -> tx.users().list(all(), new PageRequest(3, 0, List.of())));
        assertThat(rest.items()).extracting(User::username).containsExactly("erin", "botxy");
    }

    @Test
    default void equal_sort_values_are_ordered_by_id() {
        List<User> twins = List.of(
                user("t1", "Same", null, Set.of(), null, null, 0),
                user("t2", "Same", null, Set.of(), null, null, 0),
                user("t3", "Same", null, Set.of(), null, null, 0));
        run(tx -> twins.forEach(tx.users()::insert));
        List<String> byId = twins.stream().map(User::id).sorted().toList();
        assertThat(read((StoreTx tx) -> tx.users().list(all(), PageRequest.all())).items()).extracting(User::id)
                .containsExactlyElementsOf(byId);
    }
}
