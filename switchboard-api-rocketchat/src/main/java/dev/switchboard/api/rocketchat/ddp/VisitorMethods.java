package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.AgentJson;
import dev.switchboard.api.rocketchat.render.VisitorJson;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Thread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The visitor's DDP methods (rocketchat-livechat.md §5.7, §5.8): widget 1.13.3's
 * {@code livechat:setUpConnection}, and the legacy methods third-party SDKs still call.
 */
final class VisitorMethods {
    private VisitorMethods() {}

    static void register(Map<String, DdpMethod> methods, Map<String, PipelinedMethod> pipelined, RocketChatServices s) {
        methods.put("livechat:setUpConnection", (session, p) -> {
            session.rememberVisitor(Args.requiredString(Args.object(p, 0), "token"));
            return null;
        });
        methods.put("livechat:registerGuest", (session, p) -> registerGuest(session, s, Args.object(p, 0)));
        methods.put("livechat:loginByToken", (session, p) -> {
            return s.visitors().find(Args.optionalString(p, 0)).map(c -> {
                session.rememberVisitor(c.token());
                return Obj.of("_id", c.id());
            }).orElse(null);
        });
        LegacySend send = new LegacySend(s);
        methods.put("sendMessageLivechat", send);
        pipelined.put("sendMessageLivechat", send);
        methods.put("livechat:getAgentData", (session, p) -> {
            JsonNode q = Args.object(p, 0);
            Thread room = s.roomAccess().visitorRoom(Args.requiredString(q, "token"), Args.requiredString(q, "roomId"), false)
                    .orElseThrow(() -> new Invalid("error-invalid-room", "Invalid room"));
            return room.agent() == null ? null : s.roomQueries().agentOf(room).map(a -> AgentJson.of(a, s.settings())).orElse(null);
        });
        methods.put("livechat:getInitialData", (session, p) ->
                InitialData.of(s, Args.optionalString(p, 0), Args.optionalString(p, 1)));
    }

    private static Obj registerGuest(DdpSession session, RocketChatServices s, JsonNode g) {
        String token = Args.optionalString(g, "token");
        if (token == null || token.isEmpty()) throw new Invalid("error-invalid-token", "Invalid token");
        Contact c = s.visitors().register(new VisitorRegistration(token, Args.optionalString(g, "name"),
                Args.optionalString(g, "email"), null, Args.optionalString(g, "department"), null,
                customFields(g.get("customFields")), null));
        session.rememberVisitor(token);
        return Obj.of("userId", c.id(), "visitor", VisitorJson.guest(c));
    }

    private static List<VisitorRegistration.CustomFieldValue> customFields(JsonNode fields) {
        if (fields == null || fields.isNull()) return List.of();
        if (!fields.isArray()) throw new Args.BadArgs();
        List<VisitorRegistration.CustomFieldValue> out = new ArrayList<>();
        for (JsonNode f : fields) {
            if (!f.isObject()) throw new Args.BadArgs();
            JsonNode overwrite = f.get("overwrite");
            if (overwrite != null && !overwrite.isBoolean()) throw new Args.BadArgs();
            out.add(new VisitorRegistration.CustomFieldValue(Args.requiredString(f, "key"),
                    Args.requiredString(f, "value"), overwrite != null && overwrite.booleanValue()));
        }
        return out;
    }
}
