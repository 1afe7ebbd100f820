package dev.switchboard.api.livechat.internal;

import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.model.User;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Credentials of the Agent Chat API (§1.4, C3): {@code Bearer <token>} where the token is one that
 * {@code POST /api/v1/login} returned (one login serves both API families), or
 * {@code Basic base64(<userId>:<token>)}, LiveChat's personal-access-token form, where the token is any
 * of the user's auth tokens. Scheme names match case-insensitively. Anything else is
 * {@code authentication}.
 */
public final class AgentAuth {
    private AgentAuth() {}

    public static User authenticate(AccountService accounts, String authorization) {
        if (authorization == null) throw ApiError.authentication();
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0) throw ApiError.authentication();
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = header.substring(space + 1).strip();
        if (credentials.isEmpty()) throw ApiError.authentication();
        try {
            return switch (scheme) {
                case "bearer" -> accounts.resume(credentials).user();
                case "basic" -> basic(accounts, credentials);
                default -> throw ApiError.authentication();
            };
        } catch (SwitchboardException e) {
            throw ApiError.authentication();
        }
    }

    private static User basic(AccountService accounts, String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.authentication();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) throw ApiError.authentication();
        return accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
