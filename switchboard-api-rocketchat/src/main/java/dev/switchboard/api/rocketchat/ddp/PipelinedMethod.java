package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/**
 * A DDP method that can run ahead of the connection's earlier calls: it does no reads outside the write
 * it queues at the store, so queue order is call order and it need not wait for earlier commits.
 * {@link #callAhead} returns the pending result, or null when this particular call cannot run ahead; it
 * then runs as the method's plain {@link DdpMethod}, after the earlier calls are answered.
 */
@FunctionalInterface
interface PipelinedMethod {
    CompletableFuture<?> callAhead(DdpSession session, JsonNode params);
}
