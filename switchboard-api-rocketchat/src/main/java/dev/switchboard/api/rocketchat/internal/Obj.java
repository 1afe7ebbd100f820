package dev.switchboard.api.rocketchat.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion-ordered JSON object under construction that drops null values, because Rocket.Chat
 * omits absent optional keys rather than sending null. Use {@link #putNull} for a deliberate null.
 */
public final class Obj extends LinkedHashMap<String, Object> {
    public static Obj of(Object... keysAndValues) {
        Obj o = new Obj();
        for (int i = 0; i < keysAndValues.length; i += 2) o.with((String) keysAndValues[i], keysAndValues[i + 1]);
        return o;
    }

    public Obj with(String key, Object value) {
        if (value != null) put(key, value);
        return this;
    }

    public Obj putNull(String key) {
        put(key, null);
        return this;
    }

    public Obj withAll(Map<String, ?> other) {
        other.forEach(this::with);
        return this;
    }
}
