package io.newsflow.query.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Every CAMEO 1.1b3 event code: the 20 roots, their 3-digit codes and the 4-digit ones. */
public final class CameoCodes {
    private static final Set<String> CODES = load();

    private CameoCodes() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static boolean isRoot(String code) {
        return code.length() == 2 && CODES.contains(code);
    }

    private static Set<String> load() {
        try (InputStream in = CameoCodes.class.getResourceAsStream("/cameo-codes.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cameo-codes.txt is part of the application", e);
        }
    }
}
