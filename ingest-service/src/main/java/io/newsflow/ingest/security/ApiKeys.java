package io.newsflow.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.ingest.config.IngestConfig;

/**
 * The configured keys, kept only as SHA-256 digests. Comparing digests with
 * {@link MessageDigest#isEqual} takes the same time whatever matches, and hashing first hides the
 * keys' lengths; every key is compared, so the time does not tell which one matched either.
 */
@ApplicationScoped
public class ApiKeys {
    private final List<byte[]> digests;

    ApiKeys(IngestConfig config) {
        digests = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip).filter(key -> !key.isEmpty()).map(ApiKeys::sha256).toList();
    }

    public boolean required() {
        return !digests.isEmpty();
    }

    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] digest = sha256(presented.strip());
        boolean matched = false;
        for (byte[] known : digests) {
            matched |= MessageDigest.isEqual(known, digest);
        }
        return matched;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
