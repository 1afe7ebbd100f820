package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every scenario runs end to end in its tiny mode (seconds, small counts), so the build proves the
 * benchmarks still work; the figures themselves are not asserted beyond being present and sane, since CI
 * machines vary. The full runs are {@code bin/bench <name>}, never part of the build.
 */
class ScenariosTest {
    private static final Bench.Options TINY = new Bench.Options(false, false, true);

    @Test
    void durable_throughput_reports_acknowledged_messages_per_second_beside_the_raw_insert_and_bare_jetty_ceilings() {
        List<ResultTable.Row> rows = shown(ThroughputScenario.run(TINY));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).figure()).matches("[\\d,]+ msg/s \\(\\d+% of ceiling; CPU [\\d,]+ µs per message, node and clients;"
                + " store-writer thread [\\d,]+\\.\\d µs\\)");
        assertThat(rows.get(1).figure()).matches("[\\d,]+ rows/s").isNotEqualTo("0 rows/s");
        assertThat(rows.get(2).figure()).matches("[\\d,]+ rows/s").isNotEqualTo("0 rows/s");
        assertThat(rows.get(3).measure()).startsWith("Ceiling: bare Jetty");
        assertThat(rows.get(3).figure()).matches("[\\d,]+ calls/s \\(CPU [\\d,]+ µs per call, server and clients\\)")
                .doesNotStartWith("0 calls/s");
    }

    @Test
    void delivery_latency_reports_percentiles_for_switchboard_and_for_bare_jetty_at_each_rate() {
        List<ResultTable.Row> rows = shown(LatencyScenario.run(TINY));
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(r -> assertThat(r.figure())
                .as("every message arrives in a tiny run").matches("p50 [\\d.,]+ / p99 [\\d.,]+ / p99\\.9 [\\d.,]+ ms"));
        assertThat(rows.get(2).measure()).startsWith("Ceiling: bare Jetty");
    }

    @Test
    void the_node_holds_every_idle_socket_of_a_tiny_run_and_reports_heap_per_socket() {
        List<ResultTable.Row> rows = shown(ConnectionsScenario.run(TINY));
        assertThat(rows.get(0).figure()).startsWith("200 of 200 attempted (0 failed)");
        assertThat(rows.get(1).figure()).matches("-?[\\d,.]+ KiB \\(RSS -?[\\d,.]+ KiB\\)");
    }

    @Test
    void a_reconnect_storm_resumes_every_session_and_loses_no_event() {
        List<ResultTable.Row> rows = shown(ReconnectStormScenario.run(TINY));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).figure()).matches("[\\d,]+ ms");
        assertThat(rows.get(2).figure()).isEqualTo("0 / 0");
    }

    @Test
    void startup_reports_time_to_ready_and_idle_rss_of_a_child_process() {
        List<ResultTable.Row> rows = shown(StartupScenario.run(TINY));
        assertThat(rows.get(0).figure()).matches("[\\d,]+ ms");
        assertThat(rows.get(1).figure()).matches("[\\d,]+ MiB").isNotEqualTo("0 MiB");
    }

    /** The table goes to the test output, so a CI log shows the tiny run's figures. */
    private static List<ResultTable.Row> shown(List<ResultTable.Row> rows) {
        System.out.println(ResultTable.markdown(rows));
        return rows;
    }

    @Test
    void the_launcher_knows_every_scenario_by_name() {
        assertThat(Bench.SCENARIOS.keySet())
                .containsExactly("throughput", "latency", "connections", "reconnect", "startup", "routing");
    }
}
