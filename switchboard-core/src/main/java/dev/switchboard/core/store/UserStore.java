package dev.switchboard.core.store;

import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users, their roles, their login tokens (stored only as hashes) and their agent load. */
public interface UserStore {
    /** @throws DuplicateKeyException when the username (case-insensitively) or email is taken */
    void insert(User user);

    /** Replaces every field of the user with this id. */
    void update(User user);

    Optional<User> findById(String id);

    /** Case-insensitive. */
    Optional<User> findByUsername(String username);

    /** Case-insensitive. */
    Optional<User> findByEmail(String email);

    /** Number of users holding the role. */
    long countWithRole(Role role);

    /**
     * Users matching the query. Sort fields: {@code name}, {@code username}, {@code createdAt};
     * default {@code name} ascending.
     */
    Page<User> list(UserQuery query, PageRequest page);

    /**
     * Online agents (see {@link User#isOnlineAgent()}), optionally of one department, by username. Only
     * whether there are any and who they are: routing reads loads through {@code RoutingStore}.
     */
    List<User> onlineAgents(String departmentIdOrNull);

    void addToken(String userId, String tokenHash, Instant createdAt);

    /** @return the id of the user holding this login token hash */
    Optional<String> userIdForToken(String tokenHash);

    /** @return whether a token was removed */
    boolean removeToken(String tokenHash);

    /**
     * A listing filter; every field is optional.
     *
     * @param role          only users with this role
     * @param text          case-insensitive substring of username, name or email
     * @param onlyAvailable only {@code livechatStatus == AVAILABLE}
     * @param excludeId     leave this user out
     * @param hideOffline   leave out users whose presence is offline (bots exempt)
     */
    record UserQuery(Role role, String text, boolean onlyAvailable, String excludeId, boolean hideOffline) {}
}
