package io.newsflow.extract.engine.entity;

/**
 * What a dictionary phrase can be: the key is an ISO3 code (COUNTRY, DEMONYM, CAPITAL, SEAT), an IGO code,
 * an organisation or place name, an org-pattern head noun or a role title. {@code capitalEnd} says the phrase ends in
 * a capitalised word, as a name does ("Islamic State", not "Islamic State group"): in lower case that word is a common
 * noun ("a strict Islamic state").
 */
public record GazetteerEntry(Type type, String key, boolean exactCase, boolean capitalEnd) {

    public GazetteerEntry(Type type, String key, boolean exactCase) {
        this(type, key, exactCase, false);
    }

    public enum Type {
        COUNTRY, DEMONYM, CAPITAL, SEAT, IGO, ORG, ORG_HEAD, PLACE, ROLE
    }
}
