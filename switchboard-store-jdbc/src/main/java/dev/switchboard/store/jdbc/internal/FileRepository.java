package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.PendingUpload;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.store.FileStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link FileStore} on the {@code files} table. */
final class FileRepository implements FileStore {
    private static final String COLUMNS = "id, thread_id, uploader_kind, uploader_id, name, type, size, sha256, created_at";

    private final Tx tx;

    FileRepository(Tx tx) { this.tx = tx; }

    @Override
    public void insert(UploadedFile f) {
        tx.insertUnique(tx.update("INSERT INTO files (" + COLUMNS + ") VALUES (:id, :threadId, :uploaderKind,"
                        + " :uploaderId, :name, :type, :size, :sha256, :createdAt) ON CONFLICT DO NOTHING")
                .bind("id", f.id())
                .bind("threadId", f.threadId())
                .bind("uploaderKind", Columns.enumName(f.uploaderKind()))
                .bind("uploaderId", f.uploaderId())
                .bind("name", f.name())
                .bind("type", f.type())
                .bind("size", f.size())
                .bind("sha256", f.sha256())
                .bind("createdAt", Columns.millis(f.createdAt())), "file " + f.id());
    }

    @Override
    public Optional<UploadedFile> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM files WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    private UploadedFile map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UploadedFile(
                rs.getString("id"),
                rs.getString("thread_id"),
                Columns.enumValue(AuthorKind.class, rs.getString("uploader_kind")),
                rs.getString("uploader_id"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                Columns.instant(rs, "created_at"));
    }

    private static final String PENDING_COLUMNS = "id, uploader_id, name, type, size, sha256, created_at";

    @Override
    public void insertPending(PendingUpload u) {
        tx.insertUnique(tx.update("INSERT INTO agent_uploads (" + PENDING_COLUMNS + ") VALUES (:id, :uploaderId, :name,"
                        + " :type, :size, :sha256, :createdAt) ON CONFLICT DO NOTHING")
                .bind("id", u.id())
                .bind("uploaderId", u.uploaderId())
                .bind("name", u.name())
                .bind("type", u.type())
                .bind("size", u.size())
                .bind("sha256", u.sha256())
                .bind("createdAt", Columns.millis(u.createdAt())), "upload " + u.id());
    }

    @Override
    public Optional<PendingUpload> findPending(String id) {
        return tx.query("SELECT " + PENDING_COLUMNS + " FROM agent_uploads WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new PendingUpload(rs.getString("id"), rs.getString("uploader_id"), rs.getString("name"),
                        rs.getString("type"), rs.getLong("size"), rs.getString("sha256"), Columns.instant(rs, "created_at")))
                .findOne();
    }

    @Override
    public boolean deletePending(String id) {
        return tx.execute(tx.update("DELETE FROM agent_uploads WHERE id = :id").bind("id", id)) > 0;
    }
}
