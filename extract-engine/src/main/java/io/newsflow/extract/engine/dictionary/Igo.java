package io.newsflow.extract.engine.dictionary;

import java.util.List;

/** An intergovernmental organisation; its short code stands where a country code would for a state. */
public record Igo(String code, String name, List<String> aliases, String parentCode) {
}
