package dev.switchboard.mediator.outbox;

import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.mediator.webhook.CrmWebhooks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how each kind of outbox item is sent: RapidPro with its base URL and token from the
 * configuration (§9.6), webhooks with the secret, timeout and retries of §11.5 from the settings as
 * they are at sending time. Credentials live here, never in the outbox rows. Thread-safe.
 */
public final class DeliveryTargets {
    private final MediatorConfig config;
    private final Settings settings;

    public DeliveryTargets(MediatorConfig config, Settings settings) {
        this.config = config;
        this.settings = settings;
    }

    /**
     * How one item is sent.
     *
     * @param exponential whether each retry waits twice as long as the one before (RapidPro, §9.6) or
     *                    always {@code firstRetry} (webhooks: attempts {@code 4 × Livechat_http_timeout} apart, §11.5)
     */
    public record Target(String url, Map<String, String> auth, Duration timeout, int maxAttempts, Duration firstRetry,
                         boolean exponential) {
        Map<String, String> headers(Map<String, String> more) {
            Map<String, String> h = new LinkedHashMap<>(auth);
            h.putAll(more);
            return h;
        }
    }

    Target of(OutboxItem item) {
        if (OutboxItem.AGENT_NOTE.equals(item.target())) {
            // Posted locally: only a database failure can delay it.
            return new Target(null, Map.of(), config.rapidProTimeout(), config.rapidProMaxAttempts(), config.retryBase(), true);
        }
        if (OutboxItem.RAPIDPRO.equals(item.target())) {
            return new Target(config.baseUrl() + item.destination(), Map.of("Authorization", "Token " + config.rapidProToken()),
                    config.rapidProTimeout(), config.rapidProMaxAttempts(), config.retryBase(), true);
        }
        Duration timeout = Duration.ofMillis(Math.max(1, settings.integer(CrmWebhooks.TIMEOUT)));
        Object secret = settings.get(CrmWebhooks.SECRET);
        Map<String, String> auth = secret == null || secret.toString().isEmpty() ? Map.of()
                : Map.of("X-RocketChat-Livechat-Token", secret.toString());
        Duration first = config.webhookRetryDelay() != null ? config.webhookRetryDelay() : timeout.multipliedBy(4);
        return new Target(item.destination(), auth, timeout, config.webhookMaxAttempts(), first, false);
    }

    /** Longer than any one attempt can take, so a leased item is never sent twice by a live node. */
    Duration lease() {
        Duration webhook = Duration.ofMillis(Math.max(1, settings.integer(CrmWebhooks.TIMEOUT)));
        Duration longest = webhook.compareTo(config.rapidProTimeout()) > 0 ? webhook : config.rapidProTimeout();
        return longest.plusSeconds(30);
    }
}
