package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Visitors through the SDK's {@code registerVisitor} and {@code getVisitor} (rocketchat_API's
 * {@code livechat_register_visitor} / {@code livechat_get_visitor}). Covers checklist (§7) items
 * 15, 29, 30, 31 and 81 (visitor username honoured).
 */
class VisitorTest {

    @Test
    void a_visitor_registered_with_a_username_is_returned_with_that_username() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String username = UUID.randomUUID().toString();

            JsonNode registered = visitor.registerVisitor(token, Map.of("username", username));
            assertThat(registered.path("success").asBoolean()).isTrue();
            assertThat(registered.at("/visitor/username").asText()).isEqualTo(username);
            assertThat(registered.at("/visitor/token").asText()).isEqualTo(token);
            assertThat(registered.get("visitor").fieldNames()).toIterable()
                    .contains("_id", "username", "token", "ts", "_updatedAt", "status");

            JsonNode fetched = visitor.getVisitor(token);
            assertThat(fetched.path("success").asBoolean()).isTrue();
            assertThat(fetched.at("/visitor/username").asText()).isEqualTo(username);
            assertThat(fetched.at("/visitor/_id")).isEqualTo(registered.at("/visitor/_id"));
        }
    }

    @Test
    void visitors_registered_without_a_username_become_numbered_guests() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String first = TestServer.newToken();
            String second = TestServer.newToken();

            assertThat(visitor.registerVisitor(first, Map.of()).at("/visitor/username").asText()).isEqualTo("guest-1");
            assertThat(visitor.registerVisitor(second, null).at("/visitor/username").asText()).isEqualTo("guest-2");
            // Registering the same token again updates that visitor: no new guest number.
            assertThat(visitor.registerVisitor(first, Map.of("name", "Ann")).at("/visitor/username").asText())
                    .isEqualTo("guest-1");
            assertThat(visitor.getVisitor(second).at("/visitor/username").asText()).isEqualTo("guest-2");
        }
    }

    @Test
    void email_phone_and_name_are_stored_in_rocket_chat_shapes() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();

            visitor.registerVisitor(token, Map.of("name", "Baek", "email", "  Baek@Example.COM ", "phone", "55 51 5555-5555"));

            JsonNode v = visitor.getVisitor(token).get("visitor");
            assertThat(v.get("name").asText()).isEqualTo("Baek");
            assertThat(v.get("visitorEmails")).isEqualTo(json("[{'address':'baek@example.com'}]"));
            assertThat(v.get("phone")).isEqualTo(json("[{'phoneNumber':'55 51 5555-5555'}]"));
            assertThat(v.get("ts").asText()).matches(E2eFormats.ISO_MILLIS);
        }
    }

    @Test
    void registering_the_same_token_again_updates_the_same_visitor() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String id = visitor.registerVisitor(token, Map.of("name", "Before")).at("/visitor/_id").asText();

            JsonNode updated = visitor.registerVisitor(token, Map.of("name", "After")).get("visitor");

            assertThat(updated.get("_id").asText()).isEqualTo(id);
            assertThat(visitor.getVisitor(token).at("/visitor/name").asText()).isEqualTo("After");
        }
    }

    @Test
    void a_new_token_with_another_visitors_email_and_phone_never_receives_that_visitors_token() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String victim = TestServer.newToken();
            String victimId = visitor.registerVisitor(victim, Map.of("email", "v@example.com", "phone", "123"))
                    .at("/visitor/_id").asText();
            String intruder = TestServer.newToken();

            JsonNode answer = visitor.registerVisitor(intruder, Map.of("email", "v@example.com", "phone", "123")).get("visitor");

            assertThat(answer.get("token").asText()).isEqualTo(intruder);
            assertThat(answer.get("_id").asText()).isNotEqualTo(victimId);
            assertThat(answer.toString()).doesNotContain(victim);
            assertThat(visitor.getVisitor(victim).at("/visitor/_id").asText()).isEqualTo(victimId);
        }
    }

    @Test
    void an_unknown_token_is_answered_with_a_coded_invalid_token_error() {
        try (TestServer server = TestServer.start()) {
            var e = failure(() -> server.client().getVisitor(TestServer.newToken()));

            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'[invalid-token]','errorType':'invalid-token'}"));
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Test
    void a_blank_token_is_refused() {
        try (TestServer server = TestServer.start()) {
            var e = failure(() -> server.client().registerVisitor("   ", Map.of()));

            assertCodedError(e, "error-invalid-token", "Token cannot be empty");
        }
    }
}
