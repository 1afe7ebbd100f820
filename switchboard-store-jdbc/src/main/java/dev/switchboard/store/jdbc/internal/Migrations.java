package dev.switchboard.store.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings the schema up to date with Flyway, from {@code db/migration/<dialect>} on the classpath. */
public final class Migrations {
    private Migrations() {}

    /** Applies every pending migration; safe to run on every start and from several nodes. */
    public static void run(DataSource dataSource, Dialect dialect) {
        // Our own class loader: the context class loader of the calling thread may not see our resources.
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .failOnMissingLocations(true);
        dialect.configureMigrations(config);
        config.load().migrate();
    }
}
