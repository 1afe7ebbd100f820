package dev.switchboard.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Creates the connection pool of a store. */
public final class Pools {
    private Pools() {}

    /**
     * A started HikariCP pool for the URL, sized and configured by the dialect.
     *
     * @param user, password nullable (then the URL or the driver's defaults apply)
     */
    public static HikariDataSource create(String jdbcUrl, String user, String password, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("switchboard-" + dialect.name());
        config.setJdbcUrl(jdbcUrl);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        dialect.configurePool(config);
        return new HikariDataSource(config);
    }
}
