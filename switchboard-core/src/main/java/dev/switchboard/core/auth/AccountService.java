package dev.switchboard.core.auth;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.error.Unauthenticated;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: registration, creation by an administrator, login sessions, presence status and lookup.
 * Login tokens are random secrets handed out once and stored only as hashes. Thread-safe.
 */
public final class AccountService {
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final dev.switchboard.core.event.EventBus bus;

    public AccountService(Store store, Clock clock, Settings settings, dev.switchboard.core.event.EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /** A login: the user and the one-time-visible raw token. */
    public record Session(User user, String authToken) {}

    /** Self-registration. The first account ever registered becomes an administrator. */
    public User register(String username, String email, String password, String name) {
        AccountRules.checkUsername(username, false);
        AccountRules.checkEmail(email, false);
        AccountRules.checkName(name);
        String passwordHash = hash(password);
        try {
            return store.write(tx -> {
                Set<Role> roles = EnumSet.of(Role.USER);
                if (tx.users().countWithRole(Role.ADMIN) == 0) roles.add(Role.ADMIN);
                User user = newUser(username, email, passwordHash, name, roles, true);
                AccountRules.checkFree(tx.users(), username, email, false);
                tx.users().insert(user);
                return user;
            });
        } catch (DuplicateKeyException e) {
            throw new Invalid("Username is already in use", null);
        }
    }

    /** Account creation by someone holding {@code create-user}. */
    public User create(User actor, String username, String email, String password, String name,
                       Set<Role> roles, boolean active) {
        RolePermissions.require(actor, Permission.CREATE_USER);
        AccountRules.checkUsername(username, true);
        AccountRules.checkEmail(email, true);
        AccountRules.checkName(name);
        Set<Role> all = EnumSet.of(Role.USER);
        all.addAll(roles);
        String passwordHash = hash(password);
        try {
            return store.write(tx -> {
                AccountRules.checkFree(tx.users(), username, email, true);
                User user = newUser(username, email, passwordHash, name, all, active);
                tx.users().insert(user);
                return user;
            });
        } catch (DuplicateKeyException e) {
            throw new Invalid("error-field-unavailable", username + " is already in use :(");
        }
    }

    /** Password login by username or email (a value containing {@code @} is an email). */
    public Session login(String usernameOrEmail, String password) {
        Optional<User> user = store.read(tx -> usernameOrEmail.contains("@")
                ? tx.users().findByEmail(usernameOrEmail)
                : tx.users().findByUsername(usernameOrEmail));
        User u = user.filter(User::active).filter(x -> PasswordHasher.matches(password, x.passwordHash()))
                .orElseThrow(AccountService::unauthorized);
        return openSession(u);
    }

    /** Login with an existing token: returns the same token. */
    public Session resume(String authToken) {
        User u = store.read(tx -> tx.users().userIdForToken(PasswordHasher.hashToken(authToken))
                        .flatMap(id -> tx.users().findById(id)))
                .filter(User::active).orElseThrow(AccountService::unauthorized);
        return new Session(u, authToken);
    }

    /** The user owning this id/token pair. */
    public User authenticate(String userId, String authToken) {
        return store.read(tx -> tx.users().userIdForToken(PasswordHasher.hashToken(authToken))
                        .filter(userId::equals).flatMap(id -> tx.users().findById(id)))
                .filter(User::active)
                .orElseThrow(() -> new Unauthenticated("unauthorized", "You must be logged in to do this."));
    }

    public void logout(String authToken) {
        store.write(tx -> tx.users().removeToken(PasswordHasher.hashToken(authToken)));
    }

    /**
     * Sets presence and/or status text, of the actor or (with {@code edit-other-user-info}) of another
     * user named by id or username.
     */
    public User setStatus(User actor, String status, String message, String targetId, String targetUsername) {
        if (!settings.bool(SettingsCatalog.ALLOW_STATUS_CHANGE)) {
            throw new Invalid("error-not-allowed", "Change status is not allowed");
        }
        Presence presence = status == null ? null : Presence.fromWire(status);
        if (status != null && presence == null) {
            throw new Invalid("error-invalid-status", "Valid status types include online, away, offline, and busy.");
        }
        if (presence == Presence.OFFLINE && !settings.bool(SettingsCatalog.ALLOW_INVISIBLE)) {
            throw new Invalid("error-status-not-allowed", "Invisible status is disabled");
        }
        var change = store.write(tx -> {
            User target = actor;
            if (targetId != null || targetUsername != null) {
                target = (targetId != null ? tx.users().findById(targetId) : tx.users().findByUsername(targetUsername))
                        .orElseThrow(() -> new Invalid("error-invalid-user", "Invalid user"));
                if (!target.id().equals(actor.id()) && !RolePermissions.has(actor, Permission.EDIT_OTHER_USER_INFO)) {
                    throw new Forbidden("unauthorized", null);
                }
            }
            User updated = target.withStatus(presence == null ? target.status() : presence,
                    message == null ? target.statusText() : message, clock.instant());
            return dev.switchboard.core.livechat.PresenceChange.write(tx, target, updated);
        });
        // Presence decides who is an online agent: routing, the leave action and the agent's visitors hear of it.
        change.publishTo(bus);
        return change.after();
    }

    /** Looks a user up by id or username for any authenticated caller. */
    public User info(String userId, String username) {
        return store.read(tx -> userId != null ? tx.users().findById(userId) : tx.users().findByUsername(username))
                .orElseThrow(() -> new NotFound("User not found.", null));
    }

    private Session openSession(User u) {
        String token = Ids.newSecret();
        store.write(tx -> {
            tx.users().addToken(u.id(), PasswordHasher.hashToken(token), clock.instant());
            return null;
        });
        return new Session(u, token);
    }

    /**
     * Hashes outside the write: key stretching takes tens of milliseconds of CPU, which inside a
     * transaction would hold up every write grouped with it.
     */
    private static String hash(String password) {
        return password == null ? null : PasswordHasher.hashPassword(password);
    }

    private User newUser(String username, String email, String passwordHash, String name, Set<Role> roles, boolean active) {
        var now = clock.instant();
        return new User(Ids.newId(), username, name == null || name.isBlank() ? username : name,
                email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT),
                passwordHash, roles, active,
                Presence.OFFLINE, "", null, false, now, now);
    }

    private static Unauthenticated unauthorized() {
        return new Unauthenticated("Unauthorized", "Unauthorized");
    }
}
