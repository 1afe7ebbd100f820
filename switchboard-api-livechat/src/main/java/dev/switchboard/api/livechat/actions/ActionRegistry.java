package dev.switchboard.api.livechat.actions;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The actions by name. Filled once at start, then only read: thread-safe after construction. */
public final class ActionRegistry {
    private final Map<String, Action> actions = new TreeMap<>();

    public ActionRegistry add(String name, Action action) {
        if (actions.putIfAbsent(name, action) != null) throw new IllegalStateException("action registered twice: " + name);
        return this;
    }

    public Optional<Action> find(String name) { return Optional.ofNullable(actions.get(name)); }

    public java.util.Set<String> names() { return java.util.Collections.unmodifiableSet(actions.keySet()); }
}
