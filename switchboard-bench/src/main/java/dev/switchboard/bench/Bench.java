package dev.switchboard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a named benchmark scenario (or {@code all} of them in turn) and prints its result table (Markdown,
 * ready for the README). Usage: {@code bin/bench <scenario|all> [--quick] [--postgres]}. Scenarios are
 * bounded in count and time and talk to 127.0.0.1 only.
 */
public final class Bench {
    static final Map<String, Function<Options, List<ResultTable.Row>>> SCENARIOS = scenarios();

    private Bench() {}

    /**
     * What a run was asked for: a smaller quick run (well under a minute), the database, and {@code tiny}
     * (seconds, for the tests that prove each scenario works; implies quick).
     */
    record Options(boolean quick, boolean postgres, boolean tiny) {
        Options {
            quick = quick || tiny;
        }

        /** The count for this size of run. */
        int pick(int tinyCount, int quickCount, int fullCount) {
            return tiny ? tinyCount : quick ? quickCount : fullCount;
        }

        String database() {
            return postgres ? "PostgreSQL" : "SQLite";
        }
    }

    private static Map<String, Function<Options, List<ResultTable.Row>>> scenarios() {
        var all = new LinkedHashMap<String, Function<Options, List<ResultTable.Row>>>();
        all.put("throughput", ThroughputScenario::run);
        all.put("latency", LatencyScenario::run);
        all.put("connections", ConnectionsScenario::run);
        all.put("reconnect", ReconnectStormScenario::run);
        all.put("startup", StartupScenario::run);
        all.put("routing", RoutingDrainScenario::run);
        return all;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        Options options = new Options(rest.remove("--quick"), rest.remove("--postgres"), rest.remove("--tiny"));
        String name = rest.size() == 1 ? rest.get(0) : "";
        if (!name.equals("all") && !SCENARIOS.containsKey(name)) {
            System.err.println("usage: bin/bench <" + String.join("|", SCENARIOS.keySet()) + "|all> [--quick] [--postgres]");
            System.exit(2);
        }
        var rows = new ArrayList<ResultTable.Row>();
        for (var scenario : SCENARIOS.entrySet()) {
            if (name.equals("all") || name.equals(scenario.getKey())) {
                System.err.println("bench: running " + scenario.getKey() + "...");
                rows.addAll(scenario.getValue().apply(options));
            }
        }
        System.out.println(ResultTable.markdown(rows));
        System.exit(0);
    }
}
