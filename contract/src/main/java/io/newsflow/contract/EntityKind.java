package io.newsflow.contract;

public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, LOCATION
}
