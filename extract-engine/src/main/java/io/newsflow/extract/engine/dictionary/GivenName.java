package io.newsflow.extract.engine.dictionary;

public record GivenName(String name, String gender) {
}
