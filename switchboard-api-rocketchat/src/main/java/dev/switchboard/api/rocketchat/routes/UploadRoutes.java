package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.MultipartForm;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.files.FileErrors;

/**
 * File uploads: a visitor's ({@code POST livechat/upload/:rid}, rocketchat-livechat.md §3.5) and a
 * user's ({@code POST rooms.upload/:rid}). Both take {@code multipart/form-data} with the file in
 * {@code file} and optional {@code msg} and {@code description}; other fields are ignored. The
 * visitor's token comes in the header {@code x-visitor-token}.
 *
 * <p>Answers, as upstream: the visitor gets the file message spread at the top level plus
 * {@code newRoom:false, showConnecting:false}, and refusals in the object form
 * {@code {"reason":"error-…","success":false}} (with {@code sizeAllowed} for the size); a missing or
 * unknown token, or a room not open for it, is upstream's {@code unauthorized()}: 401 (as from RC 7)
 * with {@code error:"unauthorized"} and this API's legacy 401 keys. The user gets
 * {@code {"message":…}}, Meteor errors {@code error-file-upload-disabled}, {@code error-invalid-file-type}
 * and {@code error-file-too-large} (upstream's {@code FileUpload.validateFileUpload}), and 403
 * {@code unauthorized} for a room they may not write in (upstream's 6.x {@code unauthorized()}).
 * These paths are exempt from the API's body limit: {@code FileUpload_MaxFileSize} bounds them.
 */
public final class UploadRoutes {
    private static final String VISITOR_PREFIX = "/api/v1/livechat/upload/";
    private static final String USER_PREFIX = "/api/v1/rooms.upload/";

    private UploadRoutes() {}

    /** Whether the API's general body limit leaves this path alone. */
    public static boolean isUpload(String path) {
        return path.startsWith(VISITOR_PREFIX) || path.startsWith(USER_PREFIX);
    }

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post(VISITOR_PREFIX + "{rid}", ctx -> {
            MultipartForm form = MultipartForm.of(ctx);
            try {
                var message = s.files().uploadByVisitor(ctx.header("x-visitor-token"), ctx.pathParam("rid"), form);
                ok(ctx, MessageJson.of(message).with("newRoom", false).with("showConnecting", false));
            } catch (Invalid e) {
                if (!FileErrors.isRefusal(e)) throw e;
                Requests.send(ctx, 400, Obj.of("reason", e.code()).withAll(e.details()).with("success", false));
            } finally {
                form.drain();
            }
        });
        r.post(USER_PREFIX + "{rid}", ctx -> {
            MultipartForm form = MultipartForm.of(ctx);
            try {
                var message = s.files().uploadByAgent(user(ctx, s.accounts()), ctx.pathParam("rid"), form);
                ok(ctx, Obj.of("message", MessageJson.of(message)));
            } catch (Invalid e) {
                throw FileErrors.isRefusal(e) ? asUserError(e) : e;
            } finally {
                form.drain();
            }
        });
    }

    /** Upstream's wording of the refusals on the users' endpoint. */
    private static Invalid asUserError(Invalid e) {
        return switch (e.code()) {
            case FileErrors.TYPE_NOT_ALLOWED -> new Invalid("error-invalid-file-type", e.reason());
            case FileErrors.SIZE_NOT_ALLOWED -> new Invalid("error-file-too-large", e.reason());
            default -> new Invalid(e.code(), e.reason());
        };
    }
}
