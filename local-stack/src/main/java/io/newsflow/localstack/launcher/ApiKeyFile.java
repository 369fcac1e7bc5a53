package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local API key of {@code ./newsflow up}: 32 random bytes, URL-safe base64, created on first
 * start in {@code <data-dir>/api-key}, readable by its owner only, and the same on every later start.
 */
final class ApiKeyFile {
    static final String NAME = "api-key";
    private static final int KEY_BYTES = 32;

    private ApiKeyFile() {
    }

    /** The key in the data directory, created first if there is none; {@code created} says which. */
    static Key readOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(file)) {
                return new Key(Files.readString(file).strip(), false);
            }
            byte[] random = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            createOwnerOnly(file);
            Files.writeString(file, key + "\n");
            return new Key(key, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the API key in " + file, e);
        }
    }

    record Key(String value, boolean created) {
    }

    /** Created with mode 600 before the key is written, so it is never readable by others, even briefly. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            // Another launcher created it a moment ago; overwriting with our key is as good.
        }
    }
}
