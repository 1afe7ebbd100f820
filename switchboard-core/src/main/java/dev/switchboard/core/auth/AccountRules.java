package dev.switchboard.core.auth;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.store.UserStore;
import java.util.regex.Pattern;

/**
 * Validation of account fields, with the error texts Rocket.Chat clients know. "Plain" errors
 * (registration) carry only a text; "coded" ones (administrative creation) carry a code and reason.
 */
final class AccountRules {
    private static final Pattern USERNAME = Pattern.compile("[0-9a-zA-Z._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    private static final Pattern BAD_NAME = Pattern.compile("[<>\\p{Cntrl}]");

    private AccountRules() {}

    static void checkUsername(String username, boolean coded) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw coded ? new Invalid("error-invalid-username", "Invalid username")
                    : new Invalid("The username provided is not valid", null);
        }
    }

    static void checkEmail(String email, boolean coded) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            throw coded ? new Invalid("error-invalid-email", "Invalid email " + safe(email))
                    : new Invalid("Invalid email", null);
        }
    }

    static void checkName(String name) {
        if (name != null && (name.length() > 128 || BAD_NAME.matcher(name).find())) {
            throw new Invalid("Name contains invalid characters", null);
        }
    }

    static void checkFree(UserStore users, String username, String email, boolean coded) {
        if (users.findByUsername(username).isPresent()) {
            throw coded ? new Invalid("error-field-unavailable", username + " is already in use :(")
                    : new Invalid("Username is already in use", null);
        }
        if (users.findByEmail(email.trim()).isPresent()) {
            throw coded ? new Invalid("error-field-unavailable", email + " is already in use :(")
                    : new Invalid("Email already exists.", null);
        }
    }

    private static String safe(String s) { return s == null ? "" : s.length() > 64 ? s.substring(0, 64) : s; }
}
