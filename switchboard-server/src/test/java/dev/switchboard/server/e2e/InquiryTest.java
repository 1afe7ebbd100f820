package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inquiry queue: {@code inquiriesList}, {@code inquiriesTake} and {@code inquiriesGetOne}
 * (rocketchat_API's {@code livechat_inquiries_*}). Routing is Manual_Selection in every test, so
 * rooms wait in the queue. Covers checklist (§7) items 47, 48, 49, 50, 51 and 81.
 */
class InquiryTest {

    @Test
    void the_list_shows_only_queued_inquiries_in_the_list_projection() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            E2e.manualSelection(admin);
            RocketChatLivechat visitor = server.client();
            String first = E2e.visitorRoom(visitor, TestServer.newToken()).get("_id").asText();
            String second = E2e.visitorRoom(visitor, TestServer.newToken()).get("_id").asText();
            alice.inquiriesTake(E2e.inquiryOf(admin, first));

            JsonNode list = admin.inquiriesList(Map.of());

            assertThat(list.path("success").asBoolean()).isTrue();
            assertThat(texts(list.get("inquiries"), "rid")).containsExactly(second);
            assertThat(list.get("total").asInt()).isEqualTo(1);
            assertThat(list.get("count").asInt()).isEqualTo(1);
            assertThat(list.get("offset").asInt()).isZero();
            JsonNode inquiry = list.get("inquiries").get(0);
            assertThat(inquiry.fieldNames()).toIterable().containsExactlyInAnyOrder("_id", "rid", "name", "ts", "status");
            assertThat(inquiry.get("status").asText()).isEqualTo("queued");
            assertThat(inquiry.get("_id").asText()).matches(E2eFormats.OBJECT_ID);
        }
    }

    @Test
    void taking_an_inquiry_assigns_the_room_to_the_taker() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            E2e.manualSelection(admin);
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String rid = E2e.visitorRoom(visitor, token).get("_id").asText();
            String inquiryId = E2e.inquiryOf(admin, rid);

            assertThat(alice.inquiriesTake(inquiryId)).isEqualTo(json("{'success':true}"));

            assertThat(visitor.room(token, Map.of()).at("/room/servedBy/_id").asText()).isEqualTo(alice.userId());
            JsonNode inquiry = admin.inquiriesGetOne(rid).get("inquiry");
            assertThat(inquiry.get("status").asText()).isEqualTo("taken");
            assertThat(inquiry.get("_id").asText()).isEqualTo(inquiryId);
            assertThat(admin.inquiriesList(Map.of()).get("inquiries")).isEmpty();
        }
    }

    @Test
    void an_administrator_may_take_an_inquiry_on_behalf_of_an_agent() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            E2e.manualSelection(admin);
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String rid = E2e.visitorRoom(visitor, token).get("_id").asText();

            admin.inquiriesTake(E2e.inquiryOf(admin, rid), alice.userId());

            assertThat(visitor.room(token, Map.of()).at("/room/servedBy/username").asText()).isEqualTo("alice");
            var unknownUser = failure(() -> admin.inquiriesTake(E2e.inquiryOf(admin, rid), "no-such-user"));
            assertThat(unknownUser.body()).isEqualTo(json("{'success':false,'error':'The user is invalid'}"));
        }
    }

    @Test
    void taking_a_missing_inquiry_is_error_not_found() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            var e = failure(() -> admin.inquiriesTake("NotARealThing"));

            assertThat(e.status()).isEqualTo(400);
            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'Inquiry not found [error-not-found]',"
                    + "'errorType':'error-not-found','details':{'method':'livechat:takeInquiry'}}"));
        }
    }

    @Test
    void an_inquiry_cannot_be_taken_twice() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat bob = server.onlineAgent(admin, "bob");
            E2e.manualSelection(admin);
            String rid = E2e.visitorRoom(server.client(), TestServer.newToken()).get("_id").asText();
            String inquiryId = E2e.inquiryOf(admin, rid);
            alice.inquiriesTake(inquiryId);

            assertCodedError(failure(() -> bob.inquiriesTake(inquiryId)), "error-inquiry-taken", "Inquiry already taken");
            assertCodedError(failure(() -> alice.inquiriesTake(inquiryId)), "error-inquiry-taken", "Inquiry already taken");
            assertThat(E2e.roomById(admin, rid).at("/servedBy/_id").asText()).isEqualTo(alice.userId());
        }
    }

    @Test
    void an_agent_who_is_not_online_cannot_take_an_inquiry() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat offline = server.user(admin, "olga", List.of());
            admin.createUser("agent", "olga");
            E2e.manualSelection(admin);
            String rid = E2e.visitorRoom(server.client(), TestServer.newToken()).get("_id").asText();

            var e = failure(() -> offline.inquiriesTake(E2e.inquiryOf(admin, rid)));

            assertCodedError(e, "error-agent-status-service-offline",
                    "Agent status is offline or Omnichannel service is not active");
            assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("queued");
        }
    }

    @Test
    void get_one_for_an_unknown_room_answers_null_with_success() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            assertThat(admin.inquiriesGetOne("no-such-room")).isEqualTo(json("{'inquiry':null,'success':true}"));
        }
    }

    @Test
    void get_one_returns_the_full_inquiry_of_a_queued_room() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            E2e.manualSelection(admin);
            String token = TestServer.newToken();
            JsonNode room = E2e.visitorRoom(server.client(), token);

            JsonNode inquiry = admin.inquiriesGetOne(room.get("_id").asText()).get("inquiry");

            assertThat(inquiry.get("rid").asText()).isEqualTo(room.get("_id").asText());
            assertThat(inquiry.get("status").asText()).isEqualTo("queued");
            assertThat(inquiry.get("name").asText()).isEqualTo(room.get("fname").asText());
            assertThat(inquiry.at("/v/token").asText()).isEqualTo(token);
            assertThat(inquiry.get("t").asText()).isEqualTo("l");
            assertThat(inquiry.has("takenAt")).isFalse();
        }
    }
}
