package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Json;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.render.BusinessHoursJson;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Business hours of a department, a Switchboard extension in Rocket.Chat's envelope:
 * {@code GET|POST|DELETE livechat/department/:_id/business-hours} (JSON) and
 * {@code GET|POST livechat/department/:_id/business-hours.toml} (the file format of
 * live-agents-mediator.md §7.1, as UTF-8 text; {@code ?country=gt} names the table on export and is
 * required to match on import).
 */
public final class BusinessHoursRoutes {
    private static final String PATH = "/api/v1/livechat/department/{id}/business-hours";
    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private BusinessHoursRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get(PATH, ctx -> ok(ctx, BusinessHoursJson.of(s.businessHours().get(user(ctx, s.accounts()), ctx.pathParam("id")))));
        r.post(PATH, ctx -> {
            var actor = user(ctx, s.accounts());
            Map<String, Object> definition = Json.MAPPER.convertValue(body(ctx).asObject(), OBJECT);
            ok(ctx, BusinessHoursJson.of(s.businessHours().set(actor, ctx.pathParam("id"), definition)));
        });
        r.delete(PATH, ctx -> {
            s.businessHours().delete(user(ctx, s.accounts()), ctx.pathParam("id"));
            ok(ctx);
        });
        r.get(PATH + ".toml", ctx -> {
            var actor = user(ctx, s.accounts());
            String toml = s.businessHours().exportToml(actor, ctx.pathParam("id"), country(ctx));
            ctx.status(200).contentType("text/plain; charset=utf-8").result(toml);
        });
        r.post(PATH + ".toml", ctx -> {
            var actor = user(ctx, s.accounts());
            ok(ctx, BusinessHoursJson.of(s.businessHours().importToml(actor, ctx.pathParam("id"), text(ctx), country(ctx))));
        });
    }

    /** The optional {@code country} parameter: a TOML bare key, lower-cased (country codes are). */
    private static String country(Context ctx) {
        String c = query(ctx).string("country");
        if (c == null) return null;
        if (!TABLE.matcher(c).matches()) throw Params.mustBe("country", "1 to 32 letters, digits, '-' or '_'");
        return c.toLowerCase(java.util.Locale.ROOT);
    }

    /** The body as UTF-8 text; a byte-order mark is dropped, malformed bytes are refused rather than replaced. */
    private static String text(Context ctx) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (CharacterCodingException e) {
            throw Params.invalid("The body must be UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Params.noNul("body", text);
    }
}
