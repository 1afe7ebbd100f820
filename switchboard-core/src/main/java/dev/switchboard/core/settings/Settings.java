package dev.switchboard.core.settings;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Current setting values: defaults from {@link SettingsCatalog}, overridden by stored values. Reads
 * come from memory (they sit on every hot path); writes go to the store first, then to memory, so a
 * change takes effect for the very next request. Thread-safe.
 */
public final class Settings {
    private final Store store;
    private final Clock clock;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final List<java.util.function.Consumer<String>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Settings(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (SettingDefinition d : SettingsCatalog.all()) values.put(d.id(), d.defaultValue());
        store.read(tx -> tx.settings().loadAll()).forEach((id, v) -> {
            if (SettingsCatalog.find(id).isPresent()) values.put(id, v);
        });
    }

    /** @throws NotFound for unknown or hidden settings */
    public Object get(String id) {
        definitionVisible(id);
        return values.get(id);
    }

    public boolean bool(String id) { return Boolean.TRUE.equals(values.get(id)); }

    public String string(String id) { return String.valueOf(values.get(id)); }

    public long integer(String id) { return ((Number) values.get(id)).longValue(); }

    @SuppressWarnings("unchecked")
    public List<String> list(String id) { return (List<String>) values.get(id); }

    /**
     * Writes one setting through the settings API: the value must already have the setting's type.
     *
     * @throws NotFound for unknown or hidden settings
     * @throws Invalid  when the value has the wrong type or is not an allowed option
     */
    public void set(String id, Object value) {
        SettingDefinition d = definitionVisible(id);
        Object checked = SettingValues.strict(d, value);
        persist(id, checked);
    }

    /** Calls {@code listener} with a setting's id after each committed change to it (routing re-checks its rules). */
    public void onChange(java.util.function.Consumer<String> listener) { listeners.add(listener); }

    /** The appearance settings with their current values, in catalog order. */
    public List<Map.Entry<SettingDefinition, Object>> appearance() {
        return SettingsCatalog.all().stream().filter(SettingDefinition::appearance)
                .map(d -> Map.entry(d, values.get(d.id()))).toList();
    }

    /**
     * Writes appearance settings with Rocket.Chat's lenient conversion (rocketchat-livechat.md §2.8):
     * every id is checked before anything is written, so a bad item writes nothing.
     *
     * @throws Invalid {@code invalid-setting} when an id is not an appearance setting
     */
    public void setAppearance(List<Map.Entry<String, Object>> items) {
        for (var item : items) {
            SettingsCatalog.find(item.getKey()).filter(SettingDefinition::appearance)
                    .orElseThrow(() -> new Invalid("invalid-setting", null));
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        for (var item : items) {
            SettingDefinition d = SettingsCatalog.find(item.getKey()).orElseThrow();
            SettingValues.lenient(d, item.getValue()).filter(v -> !v.equals(values.get(d.id())))
                    .ifPresent(v -> changed.put(d.id(), v));
        }
        store.write(tx -> {
            changed.forEach((id, v) -> tx.settings().put(id, v, clock.instant()));
            return null;
        });
        values.putAll(changed);
        changed.keySet().forEach(this::notifyChanged);
    }

    /** Increments a hidden counter setting in the caller's transaction and returns the value before. */
    public long nextCounter(dev.switchboard.core.store.StoreTx tx, String id) {
        Object stored = tx.settings().loadAll().get(id);
        long current = stored instanceof Number n ? n.longValue() : integer(id);
        tx.settings().put(id, current + 1, clock.instant());
        values.put(id, current + 1);
        return current;
    }

    private void persist(String id, Object value) {
        store.write(tx -> {
            tx.settings().put(id, value, clock.instant());
            return null;
        });
        values.put(id, value);
        notifyChanged(id);
    }

    private void notifyChanged(String id) { listeners.forEach(l -> l.accept(id)); }

    private static SettingDefinition definitionVisible(String id) {
        return SettingsCatalog.find(id).filter(d -> !d.hidden())
                .orElseThrow(() -> new NotFound("", null));
    }
}
