package dev.switchboard.bench;

import java.util.List;

/** A benchmark's findings as README table rows: what was measured, the figure, the target, the setting. */
final class ResultTable {
    private ResultTable() {}

    record Row(String measure, String figure, String target, String setting) {}

    static String markdown(List<Row> rows) {
        var out = new StringBuilder("| measure | result | target | setting |\n|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.measure()).append(" | ").append(r.figure()).append(" | ").append(r.target())
                    .append(" | ").append(r.setting()).append(" |\n");
        }
        return out.toString();
    }
}
