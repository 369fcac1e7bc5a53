package io.newsflow.extract.engine.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorldActorsDictionaryTest {
    private static final Dictionaries DICTIONARIES = Dictionaries.load();

    @Test
    void everyOfficeBelongsToAKnownCountryOrOrganisation() {
        Set<String> codes = new HashSet<>();
        DICTIONARIES.countries().forEach(c -> codes.add(c.iso3()));
        DICTIONARIES.igos().forEach(i -> codes.add(i.code()));
        assertThat(DICTIONARIES.worldActors()).hasSizeGreaterThan(2000)
                .allSatisfy(a -> assertThat(codes).as(a.name()).contains(a.country()));
    }

    @Test
    void theIndexFindsHoldersByNameAndAliasAndTheYearChoosesAmongThem() {
        DictionaryIndex index = new DictionaryIndex(DICTIONARIES);
        assertThat(index.worldActors("putin")).isNotEmpty().allSatisfy(a -> assertThat(a.country()).isEqualTo("RUS"));
        assertThat(index.worldActors("Barack Obama")).anySatisfy(a -> assertThat(a.heldIn(2009)).isTrue());
        assertThat(index.worldActors("Barack Obama")).noneSatisfy(a -> assertThat(a.heldIn(2020)).isTrue());
        assertThat(index.worldActors("nobody in particular")).isEmpty();
    }
}
