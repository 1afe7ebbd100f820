package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.eventually;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.ddp.DdpTesting.Recorder;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MalformedFrameTest {

    @Test
    void malformed_frames_from_the_server_are_ignored_and_the_client_carries_on() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(recorder);
            server.onMethod("hello", params -> StubDdpServer.Answer.result("hi"));

            for (String garbage : new String[] {
                    "not json {", "", "[1,2]", "42", "null", "{}", "{\"msg\":17}",
                    "{\"msg\":\"changed\"}", "{\"msg\":\"changed\",\"collection\":[]}",
                    "{\"msg\":\"changed\",\"collection\":\"c\",\"fields\":\"x\",\"seq\":\"abc\"}",
                    "{\"msg\":\"result\"}", "{\"msg\":\"result\",\"id\":{\"a\":1},\"error\":\"boom\"}",
                    "{\"msg\":\"ready\",\"subs\":\"x\"}", "{\"msg\":\"ready\",\"subs\":[null,{}]}", "{\"msg\":\"nosub\"}",
                    "{\"msg\":\"connected\",\"session\":\"hijack\"}", "{\"msg\":\"error\",\"reason\":\"bad\"}",
                    "{\"msg\":\"added\",\"collection\":\"users\",\"id\":\"u1\"}"}) {
                server.sendRaw(garbage);
            }
            server.emit("stream-room-messages", "R1", "after the garbage");

            eventually().until(() -> recorder.events.stream().anyMatch(e -> e.arg(0).asText().equals("after the garbage")));
            assertThat(join(client.call("hello")).asText()).isEqualTo("hi");
            assertThat(server.socketsOpened()).isEqualTo(1);
            assertThat(client.session()).isEqualTo("s1");
            assertThat(recorder.events).allSatisfy(e -> assertThat(e.collection()).isIn("c", "stream-room-messages"));
        }
    }
}
