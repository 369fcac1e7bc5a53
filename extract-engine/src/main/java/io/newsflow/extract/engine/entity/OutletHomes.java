package io.newsflow.extract.engine.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.KnownOrganization;

/**
 * The home country of a news agency or national outlet: the one the dictionary gives it (organizations.tsv,
 * outlet-homes.tsv), else the country its name opens with or names after "of" ("Sierra Leone Telegraph", "Times of
 * Malta", "The Namibian"), as national papers are commonly named after their country, else the country of the city
 * it opens with ("The Nassau Guardian", "Helsinki Times"), as city papers are.
 */
final class OutletHomes {
    /** Outlets whose names are no dictionary names ("The Herald", "AA"), with their homes. */
    private static final String OUTLET_HOMES = "/dictionaries/outlet-homes.tsv";
    /** The longest country name or alias, in words, that an outlet's name is read for. */
    private static final int LONGEST_NAME = 4;

    private final Map<String, String> listedHomes = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    /** Cities of the gazetteer by their names in lower case: "the nassau guardian", "helsinki times". */
    private final Map<String, String> cityNames = new HashMap<>();
    /** Countries by the two letters of their web addresses' code: "pk", "my". */
    private final Map<String, String> countryByDomain = new HashMap<>();

    OutletHomes(DictionaryIndex index) {
        for (KnownOrganization org : index.dictionaries().organizations()) {
            if (("AGENCY".equals(org.type()) || "MEDIA".equals(org.type())) && org.countryIso3() != null) {
                listedHomes.put(org.name().toLowerCase(Locale.ROOT), org.countryIso3());
                org.aliases().forEach(a -> listedHomes.put(a.toLowerCase(Locale.ROOT), org.countryIso3()));
            }
        }
        for (io.newsflow.extract.engine.dictionary.TsvRow row : io.newsflow.extract.engine.dictionary.TsvSource.read(
                OUTLET_HOMES, 2)) {
            listedHomes.put(row.required(0, "outlet").toLowerCase(Locale.ROOT), row.required(1, "countryIso3"));
        }
        for (io.newsflow.extract.engine.dictionary.Place place : index.dictionaries().places()) {
            if ("CITY".equals(place.kind()) && place.countryIso3() != null && !place.countryIso3().isEmpty()) {
                cityNames.put(place.name().toLowerCase(Locale.ROOT), place.countryIso3());
                place.aliases().forEach(a -> cityNames.put(a.toLowerCase(Locale.ROOT), place.countryIso3()));
            }
        }
        for (Country country : index.dictionaries().countries()) {
            if (country.iso2() != null && !country.iso2().isEmpty()) {
                countryByDomain.put(country.iso2().toLowerCase(Locale.ROOT), country.iso3());
            }
            countryNames.put(country.name().toLowerCase(Locale.ROOT), country.iso3());
            country.aliases().forEach(a -> countryNames.put(a.toLowerCase(Locale.ROOT), country.iso3()));
            country.demonyms().forEach(d -> countryNames.put(d.toLowerCase(Locale.ROOT), country.iso3()));
        }
    }

    /**
     * Country codes of the web that sites anywhere use for their sound ("news.tv", "radio.fm", "app.io"), which tell no
     * home (national papers do use theirs: "scroll.in", "ansa.it", "news.am", "vijesti.me"); and "uk", which is
     * Britain's though its ISO code is "gb".
     */
    private static final java.util.Set<String> GENERIC_COUNTRY_DOMAINS = java.util.Set.of("tv", "fm", "io", "ai", "cc",
            "ws", "to", "gg");

    /**
     * The outlet's home country: as its name tells it ({@link #of(String)}), else as its web address's country code
     * does ("https://www.thestar.com.my/…", "https://nation.africa" not), or null.
     */
    String of(String outlet, String address) {
        String named = of(outlet);
        return named != null ? named : ofAddress(address);
    }

    /** The country of the code that ends the address's host ("www.dawn.com.pk" -> PAK), else null. */
    private String ofAddress(String address) {
        if (address == null) {
            return null;
        }
        String host;
        try {
            host = java.net.URI.create(address.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null; // not an address: no home from it
        }
        if (host == null) {
            return null;
        }
        String code = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (code.equals("uk")) {
            return "GBR";
        }
        return code.length() != 2 || GENERIC_COUNTRY_DOMAINS.contains(code) ? null : countryByDomain.get(code);
    }

    /** The outlet's home country, or null when neither the dictionary nor its name tells one. */
    String of(String outlet) {
        if (outlet == null) {
            return null;
        }
        String lower = outlet.strip().toLowerCase(Locale.ROOT);
        String listed = listedHomes.get(lower);
        return listed != null ? listed : namedHome(lower.split("\\s+"));
    }

    /**
     * The country the name opens with (after "the"), names after "of" or closes with: "the jamaica observer", "times of
     * malta", "agência brasil".
     */
    private String namedHome(String[] words) {
        int first = words.length > 1 && words[0].equals("the") ? 1 : 0;
        String home = countryAt(words, first);
        for (int k = first + 1; home == null && k < words.length - 1; k++) {
            home = words[k].equals("of") ? countryAt(words, k + 1) : null;
        }
        // or closes with it: "agência brasil", "daily news egypt"
        home = home != null || words.length < 2 ? home : countryNames.get(words[words.length - 1]);
        // or opens with a city of it and a word of its own: "the nassau guardian", "helsinki times", "dallas morning news"
        return home != null || words.length - first < 2 ? home : nameAt(cityNames, words, first, words.length - 1);
    }

    private String countryAt(String[] words, int from) {
        return nameAt(countryNames, words, from, words.length);
    }

    /** The home of the longest name of {@code names} that opens words[from, end), else null. */
    private static String nameAt(Map<String, String> names, String[] words, int from, int end) {
        for (int to = Math.min(end, from + LONGEST_NAME); to > from; to--) {
            String home = names.get(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)));
            if (home != null) {
                return home;
            }
        }
        return null;
    }
}
