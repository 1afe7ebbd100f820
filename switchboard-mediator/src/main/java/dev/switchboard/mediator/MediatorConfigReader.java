package dev.switchboard.mediator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@link MediatorConfig} from the server's flattened configuration values (TOML keys, already
 * overlaid with {@code SWITCHBOARD_*} environment variables). The two map keys take a TOML table or,
 * from the environment, a list: {@code XKX=xk,...} and {@code NAME=project:country,...}. Stateless.
 */
public final class MediatorConfigReader {
    /** Scalar keys. */
    public static final List<String> KEYS = List.of("mediator.enabled", "mediator.rapidpro.base-url",
            "mediator.rapidpro.api-token", "mediator.rapidpro.api-flavour", "mediator.rapidpro.language",
            "mediator.rapidpro.timeout-seconds", "mediator.rapidpro.max-attempts", "mediator.outbound.max-message-length",
            "mediator.outbound.long-message-mode", "mediator.end-of-chat", "mediator.end-of-chat-flow-uuid",
            "mediator.end-of-chat-contact-field", "mediator.texts.agent-joined", "mediator.texts.agent-ended",
            "mediator.sessions.idle-ttl-minutes", "mediator.webhook.secret", "mediator.business-hours.dir",
            "mediator.country-map", "mediator.department-map", "mediator.outbox.retry-base-millis",
            "mediator.outbox.poll-millis", "livechat.webhook.max-attempts", "livechat.webhook.retry-delay-millis",
            "mediator.context.recent-conversation", "mediator.context.user-label", "mediator.context.bot-label",
            "mediator.texts.delivery-failed", "mediator.texts.too-long", "mediator.files.link-ttl-hours");
    /** Keys whose TOML value is a table of names. */
    public static final List<String> MAP_KEYS = List.of("mediator.country-map", "mediator.department-map");

    private MediatorConfigReader() {}

    /**
     * @param values  flattened keys; a map key's table entries arrive as {@code mediator.country-map.XKX}
     * @param envName the environment variable of a key, for messages
     * @throws IllegalArgumentException naming the key, its variable and what is expected
     */
    public static MediatorConfig read(Map<String, Object> values, Function<String, String> envName) {
        var r = new Values(values, envName);
        MediatorConfig d = MediatorConfig.disabled();
        return new MediatorConfig(r.bool("mediator.enabled", false), r.string("mediator.rapidpro.base-url", null),
                r.string("mediator.rapidpro.api-token", null),
                r.choice("mediator.rapidpro.api-flavour", MediatorConfig.Flavour.class, d.flavour()),
                r.string("mediator.rapidpro.language", d.language()),
                Duration.ofSeconds(r.number("mediator.rapidpro.timeout-seconds", 5, 1, 300)),
                (int) r.number("mediator.rapidpro.max-attempts", 3, 1, 100),
                (int) r.number("mediator.outbound.max-message-length", 640, 1, 100_000),
                r.choice("mediator.outbound.long-message-mode", MediatorConfig.LongMessageMode.class, d.longMessageMode()),
                r.choice("mediator.end-of-chat", MediatorConfig.EndOfChat.class, d.endOfChat()),
                r.string("mediator.end-of-chat-flow-uuid", null), r.string("mediator.end-of-chat-contact-field", null),
                r.string("mediator.texts.agent-joined", d.agentJoinedText()),
                r.string("mediator.texts.agent-ended", d.agentEndedText()),
                Duration.ofMinutes(r.number("mediator.sessions.idle-ttl-minutes", d.sessionIdleTtl().toMinutes(), 1, 525_600)),
                r.string("mediator.webhook.secret", null),
                Path.of(r.string("mediator.business-hours.dir", d.businessHoursDir().toString())),
                r.table("mediator.country-map", v -> v.toLowerCase(Locale.ROOT)),
                r.table("mediator.department-map", MediatorConfigReader::projectCountry),
                Duration.ofMillis(r.number("mediator.outbox.retry-base-millis", d.retryBase().toMillis(), 1, 3_600_000)),
                (int) r.number("livechat.webhook.max-attempts", d.webhookMaxAttempts(), 1, 100),
                r.has("livechat.webhook.retry-delay-millis")
                        ? Duration.ofMillis(r.number("livechat.webhook.retry-delay-millis", 20_000, 1, 3_600_000)) : null,
                Duration.ofMillis(r.number("mediator.outbox.poll-millis", d.pollInterval().toMillis(), 10, 60_000)),
                new MediatorConfig.Context((int) r.number("mediator.context.recent-conversation", 0, 0, 100),
                        r.string("mediator.context.user-label", d.context().userLabel()),
                        r.string("mediator.context.bot-label", d.context().botLabel())),
                new MediatorConfig.Notes(r.string("mediator.texts.delivery-failed", d.notes().deliveryFailed()),
                        r.string("mediator.texts.too-long", d.notes().tooLong())),
                Duration.ofHours(r.number("mediator.files.link-ttl-hours", d.fileLinkTtl().toHours(), 1, 24 * 366)))
                .validated();
    }

    private static MediatorConfig.ProjectCountry projectCountry(String text) {
        String[] parts = text.split(":");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("a department-map entry must be project:country, got '" + text + "'");
        }
        return new MediatorConfig.ProjectCountry(parts[0].trim().toLowerCase(Locale.ROOT), parts[1].trim().toLowerCase(Locale.ROOT));
    }

    /** Typed access to the values with messages naming the key. */
    private record Values(Map<String, Object> values, Function<String, String> envName) {
        boolean has(String key) { return values.get(key) != null; }

        String string(String key, String def) {
            Object v = values.get(key);
            if (v == null) return def;
            if (!(v instanceof String s)) throw bad(key, "a string");
            return s.isBlank() ? def : s;
        }

        boolean bool(String key, boolean def) {
            Object v = values.get(key);
            if (v == null) return def;
            if (v instanceof Boolean b) return b;
            String t = v.toString().trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) return Boolean.parseBoolean(t);
            throw bad(key, "true or false");
        }

        long number(String key, long def, long min, long max) {
            Object v = values.get(key);
            if (v == null) return def;
            long n;
            try {
                n = v instanceof Number num ? num.longValue() : Long.parseLong(v.toString().trim());
            } catch (NumberFormatException e) {
                throw bad(key, "a whole number");
            }
            if (n < min || n > max) throw bad(key, "between " + min + " and " + max);
            return n;
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E def) {
            String v = string(key, null);
            if (v == null) return def;
            try {
                return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
                throw bad(key, "one of " + String.join(", ", names));
            }
        }

        /** A table from TOML ({@code key.NAME = value}, or {@code key.NAME.project/country}), or {@code A=b,...} from the environment. */
        <T> Map<String, T> table(String key, Function<String, T> parse) {
            Map<String, T> out = new HashMap<>();
            if (values.get(key) instanceof String list && !list.isBlank()) {
                for (String entry : list.split(",")) {
                    int eq = entry.indexOf('=');
                    if (eq < 1) throw bad(key, "NAME=value entries separated by commas");
                    out.put(entry.substring(0, eq).trim().toUpperCase(Locale.ROOT), parse.apply(entry.substring(eq + 1).trim()));
                }
            }
            Map<String, Map<String, Object>> nested = new HashMap<>();
            values.forEach((k, v) -> {
                if (!k.startsWith(key + ".")) return;
                String rest = k.substring(key.length() + 1);
                int dot = rest.indexOf('.');
                if (dot < 0) out.put(rest.toUpperCase(Locale.ROOT), parse.apply(String.valueOf(v)));
                else nested.computeIfAbsent(rest.substring(0, dot), n -> new HashMap<>()).put(rest.substring(dot + 1), v);
            });
            nested.forEach((name, fields) -> out.put(name.toUpperCase(Locale.ROOT),
                    parse.apply(fields.get("project") + ":" + fields.get("country"))));
            return out;
        }

        IllegalArgumentException bad(String key, String expected) {
            return new IllegalArgumentException(key + " must be " + expected + ", got '" + values.get(key) + "' ("
                    + envName.apply(key) + ")");
        }
    }
}
