package dev.switchboard.core.hours;

import java.util.List;

/**
 * A business-hours definition that breaks the rules of live-agents-mediator.md §7.3, with every
 * problem found (not only the first), each a sentence naming the field: operators fix a file in one
 * pass. Services turn it into their protocol's validation error; file loaders report it as a
 * configuration error. Immutable.
 */
public final class InvalidBusinessHours extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidBusinessHours(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problem given");
        this.problems = List.copyOf(problems);
    }

    public InvalidBusinessHours(String problem) { this(List.of(problem)); }

    /** The problems, in the order of the definition; never empty. */
    public List<String> problems() { return problems; }
}
