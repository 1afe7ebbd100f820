package dev.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a named benchmark scenario and prints its result table (Markdown, ready for the README).
 * Usage: {@code bin/bench <scenario> [--quick] [--postgres]}. Scenarios are bounded in count and
 * time and talk to 127.0.0.1 only.
 */
public final class Bench {
    private static final Map<String, Function<Options, List<ResultTable.Row>>> SCENARIOS = Map.of(
            "routing", RoutingDrainScenario::run);

    private Bench() {}

    /** What a run was asked for: a smaller quick run, and the database. */
    record Options(boolean quick, boolean postgres) {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        Options options = new Options(rest.remove("--quick"), rest.remove("--postgres"));
        if (rest.size() != 1 || !SCENARIOS.containsKey(rest.get(0))) {
            System.err.println("usage: bin/bench <" + String.join("|", SCENARIOS.keySet()) + "> [--quick] [--postgres]");
            System.exit(2);
        }
        var rows = SCENARIOS.get(rest.get(0)).apply(options);
        System.out.println(ResultTable.markdown(rows));
        System.exit(0);
    }
}
