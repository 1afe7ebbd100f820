package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.internal.Payload;

/**
 * One Agent Chat API action (§4): the same code serves the Web API and RTM (§5.5). Returns the
 * response payload ({@code {}} when the action has none, C9); throws {@code ApiError} or the core's
 * typed errors.
 */
@FunctionalInterface
public interface Action {
    JsonNode run(Caller caller, Payload payload);
}
