package dev.switchboard.core.store;

import dev.switchboard.core.model.UploadedFile;
import java.util.Optional;

/** The records of uploaded files (their bytes are kept elsewhere, by a {@code FileStorage}). */
public interface FileStore {
    /** @throws DuplicateKeyException when the id is taken */
    void insert(UploadedFile file);

    Optional<UploadedFile> findById(String id);

    /** Records a LiveChat upload that no chat uses yet. */
    void insertPending(dev.switchboard.core.model.PendingUpload upload);

    Optional<dev.switchboard.core.model.PendingUpload> findPending(String id);

    /** @return false when there was none */
    boolean deletePending(String id);
}
