package dev.switchboard.server;

import dev.switchboard.core.files.FileIds;
import dev.switchboard.core.files.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@link FileStorage} in a directory ({@code <data-dir>/uploads}, also with PostgreSQL): each file is
 * named by its id, which {@link FileIds} makes safe as a file name; nothing the uploader says ever
 * reaches a path. Content arrives in {@code tmp/} below it (the same file system, so the final
 * rename is atomic), is forced to disk, and only then renamed to its id. Thread-safe.
 */
final class DiskFileStorage implements FileStorage {
    private static final int BUFFER = 64 * 1024;
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(1);
    private final Path root;
    private final Path tmp;

    private DiskFileStorage(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
    }

    /**
     * Creates the directories if needed and clears temporary files an earlier process left behind (only
     * old ones: another node sharing the directory may be receiving right now).
     */
    static DiskFileStorage open(Path root) {
        DiskFileStorage storage = new DiskFileStorage(root.toAbsolutePath().normalize());
        try {
            Files.createDirectories(storage.tmp);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(storage.tmp)) {
                var cutoff = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(STALE_AFTER));
                for (Path p : leftovers) {
                    if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new ConfigLoader.ConfigException("cannot use upload directory " + root + ": " + e.getMessage());
        }
        return storage;
    }

    @Override
    public Pending receive(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(tmp, "upload-", ".part");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                if (size > maxBytes) throw new TooLarge(maxBytes);
                sha.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) out.write(chunk);
            }
            out.force(true);
            return new DiskPending(temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    @Override
    public Optional<InputStream> open(String fileId) throws IOException {
        try {
            return Optional.of(Files.newInputStream(pathOf(fileId)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String fileId) throws IOException { Files.deleteIfExists(pathOf(fileId)); }

    /** The committed file of an id; refuses anything that is not one of our ids, so no path can be smuggled in. */
    Path pathOf(String fileId) {
        if (!FileIds.isWellFormed(fileId)) throw new IllegalArgumentException("not a file id");
        return root.resolve(fileId);
    }

    private final class DiskPending implements Pending {
        private final Path temp;
        private final long size;
        private final String sha256;
        private boolean committed;

        DiskPending(Path temp, long size, String sha256) {
            this.temp = temp;
            this.size = size;
            this.sha256 = sha256;
        }

        @Override
        public long size() { return size; }

        @Override
        public String sha256() { return sha256; }

        @Override
        public void commit(String fileId) throws IOException {
            if (committed) throw new IllegalStateException("already committed");
            Files.move(temp, pathOf(fileId), StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() {
            if (!committed) deleteQuietly(temp, null);
        }
    }

    private static void deleteQuietly(Path path, Throwable failure) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            if (failure != null) failure.addSuppressed(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 unavailable", e));
        }
    }
}
