package dev.switchboard.server.agentchat;

import dev.switchboard.client.livechat.AgentRtm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link AliceServesAnn} with alice logged in over RTM, for push contract tests. */
abstract class AliceListensOverRtm extends AliceServesAnn {
    protected AgentRtm rtm;

    @BeforeEach
    void alice_listens_over_rtm() { rtm = world.rtm(world.alice); }

    @AfterEach
    void alice_hangs_up() { rtm.close(); }
}
