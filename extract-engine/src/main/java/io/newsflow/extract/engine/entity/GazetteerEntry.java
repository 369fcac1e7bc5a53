package io.newsflow.extract.engine.entity;

/**
 * What a dictionary phrase can be: the key is an ISO3 code (COUNTRY, DEMONYM, CAPITAL, SEAT), an IGO code,
 * an organisation or place name, an org-pattern head noun or a role title.
 */
public record GazetteerEntry(Type type, String key, boolean exactCase) {

    public enum Type {
        COUNTRY, DEMONYM, CAPITAL, SEAT, IGO, ORG, ORG_HEAD, PLACE, ROLE
    }
}
