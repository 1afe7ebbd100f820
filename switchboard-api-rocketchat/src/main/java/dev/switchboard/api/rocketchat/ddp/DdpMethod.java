package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One DDP method. Returns the result value, or null for Meteor's "no result" (the frame then omits
 * {@code result}). Throws core errors ({@code SwitchboardException}) and {@link Args.BadArgs}, which
 * the dispatcher renders as Meteor errors.
 */
@FunctionalInterface
interface DdpMethod {
    Object call(DdpSession session, JsonNode params);
}
