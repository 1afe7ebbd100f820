package dev.switchboard.client.ddp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Small helpers shared by {@link VisitorRealtime} and {@link AgentRealtime}. */
final class Facades {
    private Facades() {}

    /** An ordered JSON object from key/value pairs, leaving out pairs whose value is {@code null}. */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    /** Completes when every subscription is ready, with them in order; fails as soon as one fails. */
    static CompletableFuture<List<Subscription>> all(List<CompletableFuture<Subscription>> subscriptions) {
        return CompletableFuture.allOf(subscriptions.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> subscriptions.stream().map(CompletableFuture::join).toList());
    }
}
