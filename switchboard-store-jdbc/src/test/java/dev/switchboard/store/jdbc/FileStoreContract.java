package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.files.FileIds;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import org.junit.jupiter.api.Test;

/** {@code FileStore}: records of uploaded files round-trip, ids are unique, a rolled-back insert leaves nothing. */
interface FileStoreContract extends StoreFixture {

    private static UploadedFile file(String threadId, String sha256) {
        return new UploadedFile(FileIds.newId(), threadId, AuthorKind.CONTACT, "contact-1", "Überweisung 2024.pdf",
                "application/pdf", 5_000_000_000L, sha256, at(1));
    }

    @Test
    default void a_file_record_round_trips_with_and_without_its_digest() {
        Thread thread = write(Fixtures::newOpenThread);
        UploadedFile full = file(thread.id(), "ab".repeat(32));
        UploadedFile minimal = new UploadedFile(FileIds.newId(), thread.id(), AuthorKind.AGENT, "user-1", "x", "image/png",
                0, null, at(2));
        run(tx -> {
            tx.files().insert(full);
            tx.files().insert(minimal);
        });
        assertThat(read((StoreTx tx) -> tx.files().findById(full.id()))).contains(full);
        assertThat(read((StoreTx tx) -> tx.files().findById(minimal.id()))).contains(minimal);
        assertThat(read((StoreTx tx) -> tx.files().findById(FileIds.newId()))).isEmpty();
    }

    @Test
    default void a_file_id_cannot_be_used_twice() {
        Thread thread = write(Fixtures::newOpenThread);
        UploadedFile f = file(thread.id(), null);
        run(tx -> tx.files().insert(f));
        assertThatThrownBy(() -> run(tx -> tx.files().insert(f))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void an_insert_in_a_failed_transaction_leaves_no_record() {
        Thread thread = write(Fixtures::newOpenThread);
        UploadedFile f = file(thread.id(), null);
        assertThatThrownBy(() -> run(tx -> {
            tx.files().insert(f);
            throw new IllegalStateException("the file message failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(read((StoreTx tx) -> tx.files().findById(f.id()))).isEmpty();
    }
}
