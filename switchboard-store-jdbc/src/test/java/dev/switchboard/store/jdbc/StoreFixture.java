package dev.switchboard.store.jdbc;

import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.util.function.Consumer;
import java.util.function.Function;

/** What every contract needs: a freshly migrated, empty store per test, and shorthands for it. */
interface StoreFixture {
    Store store();

    default <T> T write(Function<StoreTx, T> work) { return store().write(work); }

    default void run(Consumer<StoreTx> work) {
        store().write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    default <T> T read(Function<StoreTx, T> work) { return store().read(work); }
}
