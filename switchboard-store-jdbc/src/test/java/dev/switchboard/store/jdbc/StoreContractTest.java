package dev.switchboard.store.jdbc;

import dev.switchboard.core.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract: every test of every port, run against each database by a subclass. The tests
 * live in the contract interfaces (one per port); this class gives each test a fresh database.
 */
abstract class StoreContractTest implements TransactionContract, UserStoreContract, ContactStoreContract,
        UserListingContract, OnlineAgentsContract, ThreadStoreContract, ThreadListingContract, EventStoreContract,
        InquiryStoreContract, QueueListingContract,
        DepartmentStoreContract, SettingStoreContract, ConcurrencyContract, BusinessHoursStoreContract,
        FileStoreContract, SurveyStoreContract, RoutingStoreContract, ChatStoreContract {

    @TempDir
    Path tempDir;

    private String url;
    private JdbcStore store;

    /** A URL of a new, empty database. */
    protected abstract String createDatabase(Path tempDir);

    /** Removes what {@link #createDatabase} made, if the temporary directory does not take it along. */
    protected void dropDatabase(String url) {}

    @BeforeEach
    void openStore() {
        url = createDatabase(tempDir);
        store = JdbcStore.open(url, null, null);
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
        if (url != null) dropDatabase(url);
    }

    @Override
    public Store store() { return store; }
}
