package io.newsflow.extract.engine.dictionary;

import java.util.List;

/** A country with the names it goes by; otherCapitalNames are seats of power ("the Kremlin") that stand for it. */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> demonyms,
        String capital, Double capitalLat, Double capitalLon, List<String> otherCapitalNames) {
}
