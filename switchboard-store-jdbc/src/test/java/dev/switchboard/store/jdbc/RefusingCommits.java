package dev.switchboard.store.jdbc;

import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.store.jdbc.internal.Dialect;
import dev.switchboard.store.jdbc.internal.Pools;
import dev.switchboard.store.jdbc.internal.Transactions;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A group-commit store over an existing database whose connections refuse to commit while
 * {@link #refusing} is set: the database is real, only the commit's answer is forced, since no store
 * operation makes a commit fail on demand on both databases.
 */
final class RefusingCommits implements Store {
    static final String REFUSAL = "commit refused by the test";
    final AtomicBoolean refusing = new AtomicBoolean();
    private final HikariDataSource pool;
    private final Transactions transactions;

    RefusingCommits(String url) {
        Dialect dialect = Dialect.forUrl(url);
        pool = Pools.create(url, null, null, dialect);
        transactions = new Transactions(refusingSource(pool), dialect, true);
    }

    private DataSource refusingSource(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object out = invoke(real, method, args);
                    return out instanceof Connection c && method.getName().equals("getConnection") ? refusing(c) : out;
                });
    }

    private Connection refusing(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && refusing.get()) throw new SQLException(REFUSAL);
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public <T> T write(Function<StoreTx, T> work) { return transactions.write(work); }

    @Override
    public <T> T read(Function<StoreTx, T> work) { return transactions.read(work); }

    @Override
    public boolean isHealthy() { return true; }

    @Override
    public void close() { pool.close(); }
}
