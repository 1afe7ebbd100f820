package dev.switchboard.client.rocketchat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;

/** Base of the wire tests: a fresh recording stub server and a client pointed at it, per test. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class StubServerTest {
    protected StubServer server;
    protected RocketChatLivechat client;

    @BeforeEach
    void startStub() throws Exception {
        server = new StubServer();
        client = new RocketChatLivechat(server.uri());
    }

    @AfterEach
    void stopStub() {
        server.close();
    }
}
