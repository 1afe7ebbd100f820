package dev.switchboard.api.rocketchat.routes;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.ErrorBodies;
import dev.switchboard.api.rocketchat.internal.FileResponse;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.files.FileAccess;
import dev.switchboard.core.model.User;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads: {@code GET /file-upload/:fileId/:name}, the links of file messages ({@code title_link}).
 * The name in the path is only for the browser; the id decides. The caller may present, as
 * Rocket.Chat's clients do: a visitor token in the header {@code x-visitor-token}, in the query
 * {@code rc_token} (widget links: {@code ?rc_room_type=l&rc_token=…}) or in the cookie {@code rc_token};
 * user credentials in the headers {@code X-User-Id}/{@code X-Auth-Token}, or as {@code rc_uid} plus
 * {@code rc_token} in the query or in cookies ({@code rc_token} is a user's auth token whenever
 * {@code rc_uid} comes with it); or nothing but the {@code token} of a signed public link
 * ({@link dev.switchboard.core.files.FileLinks}). Wrong credentials count as none.
 *
 * <p>Every refusal is 404 {@code Resource not found}, the same as for an id that does not exist, so
 * the answer never tells whether a file exists ({@link FileAccess}).
 */
public final class FileRoutes {
    private FileRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/file-upload/{fileId}/{name}", ctx -> {
            FileAccess.Download download;
            try {
                download = s.fileAccess().open(ctx.pathParam("fileId"), viewer(ctx, s.accounts()));
            } catch (NotFound e) {
                Requests.send(ctx, 404, ErrorBodies.notFound());
                return;
            }
            FileResponse.send(ctx, download);
        });
    }

    private static FileAccess.Viewer viewer(Context ctx, AccountService accounts) {
        List<String> tokens = new ArrayList<>();
        List<User> users = new ArrayList<>();
        addIfPresent(tokens, ctx.header("x-visitor-token"));
        authenticate(accounts, ctx.header("X-User-Id"), ctx.header("X-Auth-Token"), users);
        if (ctx.queryParam("rc_uid") != null) {
            authenticate(accounts, ctx.queryParam("rc_uid"), ctx.queryParam("rc_token"), users);
        } else {
            addIfPresent(tokens, ctx.queryParam("rc_token"));
        }
        if (ctx.cookie("rc_uid") != null) {
            authenticate(accounts, ctx.cookie("rc_uid"), ctx.cookie("rc_token"), users);
        } else {
            addIfPresent(tokens, ctx.cookie("rc_token"));
        }
        return new FileAccess.Viewer(tokens, users, ctx.queryParam("token"));
    }

    private static void addIfPresent(List<String> tokens, String token) {
        if (token != null && !token.isEmpty()) tokens.add(token);
    }

    private static void authenticate(AccountService accounts, String userId, String authToken, List<User> into) {
        if (userId == null || authToken == null || userId.isEmpty() || authToken.isEmpty()) return;
        try {
            into.add(accounts.authenticate(userId, authToken));
        } catch (SwitchboardException wrongCredentials) {
            // Counted as no credentials: the answer must not depend on them beyond access.
        }
    }
}
