package dev.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.routing.AgentSelector;
import dev.switchboard.core.store.UserStore.AgentLoad;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checklist rocketchat-livechat.md §7 item 57 (Auto_Selection picks the least busy agent). */
class AgentSelectorTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void the_agent_with_fewest_open_chats_wins() {
        var picked = AgentSelector.pick(List.of(load("ann", 3, null), load("bob", 1, T0), load("cyd", 2, null)));
        assertThat(picked).map(a -> a.agent().username()).contains("bob");
    }

    @Test
    void among_equally_busy_agents_the_one_waiting_longest_wins_and_never_assigned_counts_as_longest() {
        var picked = AgentSelector.pick(List.of(load("ann", 1, T0.plusSeconds(60)), load("bob", 1, T0), load("cyd", 1, null)));
        assertThat(picked).map(a -> a.agent().username()).contains("cyd");
        var second = AgentSelector.pick(List.of(load("ann", 1, T0.plusSeconds(60)), load("bob", 1, T0)));
        assertThat(second).map(a -> a.agent().username()).contains("bob");
    }

    @Test
    void full_ties_are_broken_by_username_and_no_candidates_give_nobody() {
        assertThat(AgentSelector.pick(List.of(load("zed", 0, null), load("amy", 0, null))))
                .map(a -> a.agent().username()).contains("amy");
        assertThat(AgentSelector.pick(List.of())).isEmpty();
    }

    private static AgentLoad load(String username, long open, Instant last) {
        var u = new User(username + "-id", username, username, null, null, Set.of(Role.LIVECHAT_AGENT), true,
                Presence.ONLINE, "", LivechatStatus.AVAILABLE, true, T0, T0);
        return new AgentLoad(u, open, last);
    }
}
