package io.newsflow.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyFileTest {

    @Test
    void firstStartCreatesAnOwnerOnlyRandomKeyAndLaterStartsReuseIt(@TempDir Path data) throws Exception {
        ApiKeyFile.Key first = ApiKeyFile.readOrCreate(data.resolve(".newsflow"));
        ApiKeyFile.Key again = ApiKeyFile.readOrCreate(data.resolve(".newsflow"));

        assertThat(first.created()).isTrue();
        assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve(".newsflow").resolve(ApiKeyFile.NAME)))).isEqualTo("rw-------");
        assertThat(ApiKeyFile.readOrCreate(data.resolve("other")).value()).isNotEqualTo(first.value());
    }
}
