package com.tierline.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A 256-bit key kept in a file outside the database (readable by its owner only), made on first start: two-factor
 * secrets and webhook signing secrets are encrypted with such keys, so a copy of the database alone reveals neither.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The key in {@code file} as hex, creating the file with a fresh random key if there is none yet. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(Files.createFile(file), HexFormat.of().formatHex(key));
                    restrict(file);
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // Another process made it meanwhile: use theirs.
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's own permissions apply.
        }
    }
}
