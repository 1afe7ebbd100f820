package dev.switchboard.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The routing engine on exact sequences: each method's preference, capacity and its precedence,
 * FIFO within a department, departments, default and excluded agents, closed departments.
 */
class RoutingEngineTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private static RoutableAgent agent(String name, long limit, Instant lastRouted, String... departments) {
        return new RoutableAgent(name, name, Set.of(departments), limit, lastRouted);
    }

    private static WaitingInquiry inquiry(String id, String department, int queuedSecond) {
        return new WaitingInquiry(id, "t-" + id, department, null, null, T0.plusSeconds(queuedSecond));
    }

    private static List<String> plan(RoutingMethod method, List<WaitingInquiry> queue, List<RoutableAgent> agents,
                                     List<OpenLoad> loads, CapacityRules rules) {
        return RoutingEngine.plan(method, queue, agents, new AgentLoads(loads), rules, d -> true, T0.plusSeconds(100))
                .stream().map(d -> d.inquiry().id() + "→" + d.agent().id()).toList();
    }

    private static List<WaitingInquiry> queue(int n) {
        var q = new ArrayList<WaitingInquiry>();
        for (int i = 1; i <= n; i++) q.add(inquiry("i" + i, null, i));
        return q;
    }

    @Test
    void auto_selection_gives_each_inquiry_to_the_agent_with_fewest_open_chats_ties_by_username() {
        var agents = List.of(agent("cyd", 0, null), agent("amy", 0, T0), agent("bob", 0, null));
        var loads = List.of(new OpenLoad("amy", null, 2), new OpenLoad("bob", null, 1));

        assertThat(plan(RoutingMethod.AUTO_SELECTION, queue(4), agents, loads, CapacityRules.unlimited()))
                .containsExactly("i1→cyd", "i2→bob", "i3→cyd", "i4→amy");
    }

    @Test
    void load_balancing_breaks_ties_towards_the_agent_who_waited_longest_since_its_last_routed_chat() {
        var agents = List.of(agent("amy", 0, T0.plusSeconds(30)), agent("bob", 0, T0.plusSeconds(10)),
                agent("cyd", 0, null));

        assertThat(plan(RoutingMethod.LOAD_BALANCING, queue(4), agents, List.of(), CapacityRules.unlimited()))
                .containsExactly("i1→cyd", "i2→bob", "i3→amy", "i4→cyd");
    }

    @Test
    void load_rotation_goes_round_the_agents_by_last_routing_whatever_their_load() {
        var agents = List.of(agent("amy", 0, T0.plusSeconds(5)), agent("bob", 0, T0), agent("cyd", 0, T0.plusSeconds(9)));
        var loads = List.of(new OpenLoad("bob", null, 7));

        assertThat(plan(RoutingMethod.LOAD_ROTATION, queue(5), agents, loads, CapacityRules.unlimited()))
                .containsExactly("i1→bob", "i2→amy", "i3→cyd", "i4→bob", "i5→amy");
    }

    @Test
    void manual_selection_assigns_nothing() {
        assertThat(plan(RoutingMethod.MANUAL_SELECTION, queue(3), List.of(agent("amy", 0, null)), List.of(),
                CapacityRules.unlimited())).isEmpty();
    }

    @Test
    void the_global_limit_stops_assignments_and_the_rest_wait_in_order() {
        var agents = List.of(agent("amy", 0, null), agent("bob", 0, null));
        var loads = List.of(new OpenLoad("amy", null, 1));

        assertThat(plan(RoutingMethod.AUTO_SELECTION, queue(5), agents, loads, new CapacityRules(2, Map.of())))
                .containsExactly("i1→bob", "i2→amy", "i3→bob");
    }

    @Test
    void an_agents_own_limit_beats_the_department_limit_which_beats_the_global_one() {
        // amy's own limit 3 counts all her chats; bob has none, so sales' limit 1 counts his sales chats;
        // cyd is in no limited department, so the global 2 counts all of hers.
        var agents = List.of(agent("amy", 3, null, "sales"), agent("bob", 0, null, "sales", "support"),
                agent("cyd", 0, null, "support"));
        var rules = new CapacityRules(2, Map.of("sales", 1L));
        var loads = new AgentLoads(List.of(new OpenLoad("amy", "support", 2), new OpenLoad("bob", "support", 5),
                new OpenLoad("cyd", null, 1)));

        assertThat(rules.hasRoom(agents.get(0), "sales", loads)).isTrue();   // 2 of her own 3
        assertThat(rules.hasRoom(agents.get(1), "sales", loads)).isTrue();   // 0 of sales' 1, his 5 elsewhere don't count
        assertThat(rules.hasRoom(agents.get(1), "support", loads)).isFalse(); // global 2, he has 5
        assertThat(rules.hasRoom(agents.get(2), "support", loads)).isTrue();  // global 2, she has 1
        loads.add("amy", "sales", 1);
        loads.add("bob", "sales", 1);
        assertThat(rules.hasRoom(agents.get(0), "sales", loads)).isFalse();
        assertThat(rules.hasRoom(agents.get(1), "sales", loads)).isFalse();
    }

    @Test
    void zero_at_every_level_means_unlimited() {
        var amy = agent("amy", 0, null, "sales");
        var loads = new AgentLoads(List.of(new OpenLoad("amy", "sales", 10_000)));

        assertThat(new CapacityRules(0, Map.of("sales", 0L)).hasRoom(amy, "sales", loads)).isTrue();
    }

    @Test
    void inquiries_of_a_department_go_only_to_its_agents_oldest_first_and_others_pass_a_blocked_one() {
        var agents = List.of(agent("amy", 1, null, "sales"), agent("bob", 0, null, "support"));
        var queue = List.of(inquiry("s2", "sales", 3), inquiry("p1", "support", 2), inquiry("s1", "sales", 1),
                inquiry("x1", "nobody", 0));

        assertThat(plan(RoutingMethod.AUTO_SELECTION, queue, agents, List.of(), CapacityRules.unlimited()))
                .containsExactly("s1→amy", "p1→bob");
    }

    @Test
    void an_inquiry_without_department_may_go_to_any_agent() {
        var agents = List.of(agent("amy", 0, null, "sales"));

        assertThat(plan(RoutingMethod.AUTO_SELECTION, queue(1), agents, List.of(), CapacityRules.unlimited()))
                .containsExactly("i1→amy");
    }

    @Test
    void the_visitors_default_agent_wins_while_it_has_room_and_an_excluded_agent_never_gets_the_inquiry() {
        var agents = List.of(agent("amy", 1, null), agent("bob", 0, null), agent("cyd", 0, null));
        var queue = List.of(
                new WaitingInquiry("i1", "t1", null, "cyd", null, T0),
                new WaitingInquiry("i2", "t2", null, "amy", null, T0.plusSeconds(1)),
                new WaitingInquiry("i3", "t3", null, "amy", null, T0.plusSeconds(2)),
                new WaitingInquiry("i4", "t4", null, null, "bob", T0.plusSeconds(3)));

        assertThat(plan(RoutingMethod.AUTO_SELECTION, queue, agents, List.of(), CapacityRules.unlimited()))
                .containsExactly("i1→cyd", "i2→amy", "i3→bob", "i4→cyd");
    }

    @Test
    void a_closed_department_keeps_its_inquiries_waiting() {
        var agents = List.of(agent("amy", 0, null, "sales", "support"));
        var queue = List.of(inquiry("s1", "sales", 1), inquiry("p1", "support", 2));
        var decisions = RoutingEngine.plan(RoutingMethod.AUTO_SELECTION, queue, agents, new AgentLoads(List.of()),
                CapacityRules.unlimited(), d -> !d.equals("sales"), T0);

        assertThat(decisions).extracting(d -> d.inquiry().id()).containsExactly("p1");
    }

    @Test
    void the_same_inputs_give_the_same_plan() {
        var agents = List.of(agent("amy", 2, null), agent("bob", 2, T0), agent("cyd", 1, null));
        var first = plan(RoutingMethod.LOAD_BALANCING, queue(6), agents, List.of(), CapacityRules.unlimited());

        assertThat(plan(RoutingMethod.LOAD_BALANCING, queue(6), agents, List.of(), CapacityRules.unlimited()))
                .isEqualTo(first).hasSize(5);
    }
}
