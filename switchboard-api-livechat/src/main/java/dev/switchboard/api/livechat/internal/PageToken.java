package dev.switchboard.api.livechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * LiveChat page ids (§2.4, C42): opaque strings carrying the first request's query (filters, sort
 * order, page size) and the position, valid for a month. They hold nothing secret: a forged one can
 * only ask for what its holder could ask anyway, and access is checked again on every page.
 *
 * @param query  the action's own description of the original request
 * @param offset where the page starts
 * @param limit  the page size of the original request
 */
public record PageToken(JsonNode query, int offset, int limit) {
    private static final Duration LIFETIME = Duration.ofDays(31);

    /** The id of the page at {@code offset} of the same query. */
    public String at(int newOffset, Instant now) {
        ObjectNode n = Wire.object();
        n.set("q", query);
        n.put("o", newOffset);
        n.put("l", limit);
        n.put("t", now.getEpochSecond());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Wire.write(n));
    }

    /** @throws ApiError {@code validation} for an unknown or expired page id */
    public static PageToken decode(String pageId, Instant now) {
        try {
            JsonNode n = Wire.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(pageId), StandardCharsets.UTF_8));
            if (n == null || !n.path("o").canConvertToInt() || !n.path("l").canConvertToInt() || !n.path("t").isIntegralNumber()
                    || !n.path("q").isObject() || n.path("o").asInt() < 0 || n.path("l").asInt() <= 0) {
                throw ApiError.validation("Unknown page_id");
            }
            if (Instant.ofEpochSecond(n.path("t").asLong()).plus(LIFETIME).isBefore(now)) {
                throw ApiError.validation("Expired page_id");
            }
            return new PageToken(n.get("q"), n.get("o").asInt(), n.get("l").asInt());
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw ApiError.validation("Unknown page_id");
        }
    }

    /** A page size from the request: its default when absent, {@code validation} above the maximum. */
    public static int limit(Payload p, int defaultLimit, int max) {
        long limit = p.unsigned("limit", 0);
        if (limit == 0) return defaultLimit;
        if (limit > max) throw ApiError.validation("`limit` must be at most " + max);
        return (int) limit;
    }

    /** {@code asc} or {@code desc} (the default); anything else is {@code validation}. */
    public static boolean ascending(Payload p) {
        String order = p.optionalString("sort_order");
        if (order == null || order.equals("desc")) return false;
        if (order.equals("asc")) return true;
        throw ApiError.validation("`sort_order` must be asc or desc");
    }
}
