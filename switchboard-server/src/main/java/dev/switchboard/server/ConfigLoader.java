package dev.switchboard.server;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.api.rocketchat.widget.WidgetBuild;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.mediator.MediatorConfigReader;
import dev.switchboard.server.mail.MailConfig;
import dev.switchboard.server.mail.SmtpMailer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link SwitchboardConfig} from a TOML file and the environment; the environment wins.
 * Unknown keys and ill-typed values stop the start with a message naming the key, the source and
 * what is expected, because a silently ignored typo is worse than a refusal.
 */
public final class ConfigLoader {
    static final List<String> KEYS = List.of("host", "port", "data-dir", "database.url", "database.user",
            "database.password", "public-url", "http.max-body-bytes",
            "livechat.widget-dir", "realtime.resume-window-seconds", "realtime.replay-frames",
            "realtime.ping-after-seconds", "realtime.close-after-seconds", "realtime.max-pending-bytes",
            "realtime.max-frame-bytes", "mail.smtp-host", "mail.smtp-port", "mail.from", "mail.username",
            "mail.password", "mail.starttls", "mail.timeout-seconds");
    /** Every key: the server's own, then the mediator's (which reads its own typed values). */
    private static final List<String> ALL_KEYS = java.util.stream.Stream.concat(KEYS.stream(),
            MediatorConfigReader.KEYS.stream()).toList();

    private ConfigLoader() {}

    /** Thrown for any configuration problem; the message is meant for the operator. */
    public static final class ConfigException extends RuntimeException {
        ConfigException(String message) { super(message); }
    }

    /** @param file the config file; null means {@code switchboard.toml} in the working directory if present */
    public static SwitchboardConfig load(Path file, Map<String, String> env) {
        Map<String, Object> values = new LinkedHashMap<>();
        Path source = file != null ? file : Path.of("switchboard.toml");
        if (file != null && !Files.isRegularFile(file)) throw new ConfigException("config file not found: " + file);
        if (Files.isRegularFile(source)) flatten("", readToml(source), values, source.toString());
        for (String key : ALL_KEYS) {
            String v = env.get(envName(key));
            if (v != null) values.put(key, v);
        }
        return new SwitchboardConfig(
                string(values, "host", "0.0.0.0"),
                (int) number(values, "port", 3000, 0, 65535),
                Path.of(string(values, "data-dir", "./data")),
                string(values, "database.url", null),
                string(values, "database.user", null),
                string(values, "database.password", null),
                string(values, "public-url", null),
                number(values, "http.max-body-bytes", 1_048_576, 1_024, 1L << 30),
                widgetDir(values),
                realtime(values),
                mail(values),
                mediator(values));
    }

    private static MediatorConfig mediator(Map<String, Object> values) {
        try {
            return MediatorConfigReader.read(values, ConfigLoader::envName);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Mail is off without a host; the sender must be one address, and a login needs both halves. */
    private static MailConfig mail(Map<String, Object> values) {
        String host = string(values, "mail.smtp-host", null);
        if (host != null && !host.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
            throw new ConfigException("mail.smtp-host must be a host name or address alone, got '" + host + "' ("
                    + envName("mail.smtp-host") + "); put the port in mail.smtp-port");
        }
        String from = string(values, "mail.from", MailConfig.DEFAULT_FROM);
        try {
            SmtpMailer.parseMailbox(from);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("mail.from (" + envName("mail.from") + "): " + e.getMessage());
        }
        String user = string(values, "mail.username", null);
        String password = string(values, "mail.password", null);
        if ((user == null) != (password == null)) {
            throw new ConfigException("mail.username and mail.password go together: set both or neither ("
                    + envName("mail.username") + ", " + envName("mail.password") + ")");
        }
        return new MailConfig(host, (int) number(values, "mail.smtp-port", MailConfig.DEFAULT_PORT, 1, 65535), from, user,
                password, bool(values, "mail.starttls", false),
                Duration.ofSeconds(number(values, "mail.timeout-seconds", MailConfig.DEFAULT_TIMEOUT.toSeconds(), 1, 300)));
    }

    private static DdpLimits realtime(Map<String, Object> values) {
        DdpLimits d = DdpLimits.defaults();
        return new DdpLimits(
                Duration.ofSeconds(number(values, "realtime.resume-window-seconds", d.resumeWindow().toSeconds(), 1, 3600)),
                (int) number(values, "realtime.replay-frames", d.replayFrames(), 16, 1_000_000),
                number(values, "realtime.max-pending-bytes", d.maxPendingChars(), 65_536, 1L << 30),
                (int) number(values, "realtime.max-frame-bytes", d.maxFrameBytes(), 4_096, 16L << 20),
                Duration.ofSeconds(number(values, "realtime.ping-after-seconds", d.pingAfter().toSeconds(), 1, 3600)),
                Duration.ofSeconds(number(values, "realtime.close-after-seconds", d.closeAfter().toSeconds(), 1, 3600)),
                d.maxSubscriptions());
    }

    /** An explicitly configured widget directory must hold a build; a typo should not start a server without a widget. */
    private static Path widgetDir(Map<String, Object> values) {
        String dir = string(values, "livechat.widget-dir", null);
        if (dir == null) return null;
        try {
            return WidgetBuild.open(Path.of(dir)).root();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("livechat.widget-dir (" + envName("livechat.widget-dir") + "): " + e.getMessage());
        }
    }

    /** {@code database.url} → {@code SWITCHBOARD_DATABASE_URL}. */
    public static String envName(String key) {
        return "SWITCHBOARD_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, Object> readToml(Path file) {
        try {
            return new TomlMapper().readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> out, String source) {
        map.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key + ".", (Map<String, Object>) nested, out, source);
            } else if (!ALL_KEYS.contains(key) && MediatorConfigReader.MAP_KEYS.stream().noneMatch(m -> key.startsWith(m + "."))) {
                throw new ConfigException("unknown key '" + key + "' in " + source + "; known keys: " + String.join(", ", ALL_KEYS));
            } else {
                out.put(key, v);
            }
        });
    }

    private static String string(Map<String, Object> values, String key, String def) {
        Object v = values.get(key);
        if (v == null) return def;
        if (!(v instanceof String s)) throw new ConfigException(key + " must be a string (" + envName(key) + ")");
        return s.isBlank() ? def : s;
    }

    private static boolean bool(Map<String, Object> values, String key, boolean def) {
        Object v = values.get(key);
        if (v == null) return def;
        if (v instanceof Boolean b) return b;
        String text = v.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) return Boolean.parseBoolean(text);
        if (text.isEmpty()) return def;
        throw new ConfigException(key + " must be true or false, got '" + v + "' (" + envName(key) + ")");
    }

    private static long number(Map<String, Object> values, String key, long def, long min, long max) {
        Object v = values.get(key);
        if (v == null) return def;
        long n;
        try {
            n = v instanceof Number num ? num.longValue() : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + v + "' (" + envName(key) + ")");
        }
        if (n < min || n > max) throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + n);
        return n;
    }
}
