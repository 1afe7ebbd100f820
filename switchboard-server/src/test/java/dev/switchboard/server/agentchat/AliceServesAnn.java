package dev.switchboard.server.agentchat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The usual start of an Agent Chat API contract test: a fresh {@link AgentChatWorld} where the widget
 * visitor Ann has an open room served by alice, and the LiveChat id of Ann's chat.
 */
abstract class AliceServesAnn {
    protected AgentChatWorld world;
    protected AgentChatWorld.Visitor ann;
    protected String chatId;

    @BeforeEach
    void a_widget_visitor_served_by_alice() {
        world = new AgentChatWorld();
        ann = world.visitorServedByAlice("Ann");
        chatId = world.chatOf(world.aliceApi, ann.roomId());
    }

    @AfterEach
    void stop() { world.close(); }
}
