package io.roundup.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The raw folder: every fetched body once, as {@code <sha256>.<ext>}, written atomically so that a
 * crash never leaves half a file under a name that claims a hash. News pages and market data files
 * share it; their extensions keep them apart (readNews takes only pages).
 */
final class RawArchive {

    private final Path dir;

    RawArchive(Path dir) {
        this.dir = dir;
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    /** Writes the body as {@code name} unless a file of that name and size (same hash, same bytes) is there. */
    Path write(String name, byte[] body) {
        Path target = dir.resolve(name);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == body.length) return target;
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".part");
            try {
                Files.write(tmp, body);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Lower-case hex SHA-256 of the bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
