package io.newsflow.extract.engine.dictionary;

import java.util.List;

/** A city, region, supranational area, body of water or venue. */
public record Place(String name, List<String> aliases, String kind, String countryIso3, Double lat, Double lon) {
}
