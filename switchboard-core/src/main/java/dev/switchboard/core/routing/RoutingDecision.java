package dev.switchboard.core.routing;

/** Routing's answer for one inquiry: give it to this agent. */
public record RoutingDecision(WaitingInquiry inquiry, RoutableAgent agent) {}
