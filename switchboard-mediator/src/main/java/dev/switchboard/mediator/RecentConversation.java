package dev.switchboard.mediator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.http.OutboundHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recent conversation between the bot and the contact, posted to the agent at registration
 * (live-agents-mediator.md §4.5, checklist 11): the last N messages of RapidPro's
 * {@code GET /api/v2/messages.json?contact=<uuid>} (newest first there, oldest first here), one line each,
 * labelled by direction, with the URL of each attachment. It is optional: when RapidPro fails the
 * registration goes on without it. Thread-safe.
 */
final class RecentConversation {
    private static final Logger LOG = LoggerFactory.getLogger(RecentConversation.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MediatorConfig config;
    private final OutboundHttp http;

    RecentConversation(MediatorConfig config, OutboundHttp http) {
        this.config = config;
        this.http = http;
    }

    /** The transcript as one text; empty when switched off, when there is none, or when RapidPro failed. */
    Optional<String> of(String contactUuid) {
        int count = config.context().recentConversation();
        if (!config.enabled() || count <= 0) return Optional.empty();
        URI uri = URI.create(config.baseUrl() + "/api/v2/messages.json?contact="
                + URLEncoder.encode(contactUuid, StandardCharsets.UTF_8));
        try {
            OutboundHttp.Response r = http.send("GET", uri, Map.of("Authorization", "Token " + config.rapidProToken()),
                    null, config.rapidProTimeout());
            if (!r.isSuccess()) {
                LOG.warn("recent conversation: RapidPro answered {}; registering without it", r.status());
                return Optional.empty();
            }
            return format(JSON.readTree(r.body()).path("results"), count);
        } catch (IOException | RuntimeException e) {
            LOG.warn("recent conversation: RapidPro failed ({}); registering without it", e.toString());
            return Optional.empty();
        }
    }

    private Optional<String> format(JsonNode results, int count) {
        List<String> lines = new ArrayList<>();
        for (JsonNode m : results) {
            if (lines.size() == count) break;
            StringBuilder line = new StringBuilder("I".equals(m.path("direction").asText())
                    ? config.context().userLabel() : config.context().botLabel()).append(": ").append(m.path("text").asText(""));
            // RapidPro attachments are "<media type>:<url>".
            for (JsonNode a : m.path("attachments")) {
                String text = a.isTextual() ? a.asText() : a.path("url").asText("");
                int colon = text.indexOf(':');
                if (!text.isEmpty()) line.append(' ').append(colon > 0 && !text.startsWith("http") ? text.substring(colon + 1) : text);
            }
            lines.add(line.toString());
        }
        Collections.reverse(lines);
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
