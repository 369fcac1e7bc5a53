package io.newsflow.extract.engine.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.SharedEngine;

/** Organisations whose names no dictionary holds whole, found by the words around them. */
class OrganisationShapeTest {

    private static List<AnalysedArticle.Entity> organisations(AnalysedArticle a) {
        return a.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).toList();
    }

    private static AnalysedArticle.Entity organisation(AnalysedArticle a, String name) {
        return organisations(a).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + organisations(a).stream().map(AnalysedArticle.Entity::name).toList()));
    }

    @Test
    void anOutletNamedWithItsKindIsAnOrganisation() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "ANKARA, May 3. /TASS/. The Karavan newspaper reported that the talks went on, and the Nord Vesti news agency agreed.");
        assertThat(organisation(a, "Karavan").aliases()).contains("Karavan newspaper");
        assertThat(organisation(a, "Nord Vesti").aliases()).contains("Nord Vesti news agency");
    }

    @Test
    void anEmbassyIsNamedByItsCountryAndWhereItSits() {
        AnalysedArticle a = SharedEngine.analyse("Diplomat",
                "MOSCOW, May 3. /TASS/. A diplomat of the French embassy in Nairobi left, and the embassy of Kenya in Paris "
                        + "protested. The embassy said nothing more.");
        AnalysedArticle.Entity french = organisation(a, "French Embassy");
        assertThat(french.countryCode()).isEqualTo("FRA");
        assertThat(french.aliases()).contains("French embassy in Nairobi");
        assertThat(organisations(a)).anyMatch(e -> "KEN".equals(e.countryCode()) && e.name().contains("Embassy"));
        assertThat(organisations(a)).noneMatch(e -> e.name().equals("Embassy") || "RUS".equals(e.countryCode()));
    }

    @Test
    void aKnownAcronymStartingACompanysNameIsPartOfThatName() {
        AnalysedArticle a = SharedEngine.analyse("Oil",
                "SYDNEY, May 3 (AFP) - London-based NSC Securities strategist Jane Miller said prices would fall.");
        assertThat(organisation(a, "NSC Securities")).isNotNull();
        assertThat(organisations(a)).extracting(AnalysedArticle.Entity::name).containsExactly("NSC Securities");
    }

    @Test
    void aDepartmentOfAKnownBodyIsOneOrganisationAndTheBodyKeepsItsAcronym() {
        AnalysedArticle a = SharedEngine.analyse("Drill",
                "BEIJING, May 3 (Xinhua) -- Zhang Wei, a member of the Central Military Commission (CMC) and head of the "
                        + "CMC Logistic Support Department, attended the drill.");
        assertThat(organisation(a, "CMC Logistic Support Department")).isNotNull();
        assertThat(organisations(a)).anyMatch(e -> e.name().endsWith("Central Military Commission") && e.aliases().contains("CMC"));
        assertThat(organisations(a)).noneMatch(e -> e.name().equals("Logistic Support Department"));
    }

    @Test
    void aDepartmentOfNameRunsToItsCountryAndItsShortNameInBracketsIsAnAlias() {
        String story = "KUALA LUMPUR, May 3 (Bernama) -- The Department of Coastal Development Brunei (Jakpan) signed "
                + "the deal. Jakpan will open an office.";
        List<AnalysedArticle.Entity> entities = SharedEngine.analyse("Halal", story).entities();
        assertThat(entities).filteredOn(e -> e.name().equals("Department of Coastal Development Brunei")).singleElement()
                .satisfies(d -> assertThat(d.aliases()).contains("Jakpan"))
                .satisfies(d -> assertThat(d.mentions()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(entities).noneMatch(e -> e.kind() == EntityKind.PERSON && e.name().contains("Jakpan"));
    }

    @Test
    void aTitlesPossessiveBeforeTheOrganisationWordNamesACourtOfTheDatelinesCountry() {
        AnalysedArticle a = SharedEngine.analyse("Court",
                "SHAH ALAM, May 3 -- The Magistrate's Court here fined ten men on Monday.");
        assertThat(organisation(a, "Magistrate's Court").countryCode()).isEqualTo("MYS");
    }

    @Test
    void aDigitStuckToAMinistryDoesNotHideItsName() {
        AnalysedArticle a = SharedEngine.analyse("Strikes",
                "KABUL, Feb. 5 (Xinhua) -- Nine militants were killed, the 0Defense Ministry said in a statement.");
        assertThat(organisations(a)).anyMatch(e -> "AFG".equals(e.countryCode()) && e.name().contains("Defence Ministry"));
        assertThat(organisations(a)).noneMatch(e -> e.name().equals("Afghan Ministry"));
    }

    @Test
    void theEuCouncilIsTheCouncilOfTheEuropeanUnion() {
        AnalysedArticle a = SharedEngine.analyse("Sanctions",
                "BRUSSELS, May 3. /TASS/. The EU Council adopted new sanctions, the bloc said.");
        assertThat(organisations(a)).anyMatch(e -> "CEU".equals(e.countryCode()));
        assertThat(organisations(a)).noneMatch(e -> e.name().equals("EU Council"));
    }

    @Test
    void firmsOfEnergyCapitalAndAnalysisAreNamedByTheirLastWord() {
        AnalysedArticle a = SharedEngine.analyse("Oil",
                "SINGAPORE, March 12 (Reuters) - \"Supply is tight,\" said Mark Hollis, an analyst at Tessaro Energy, "
                        + "and analysts at Harbourside Capital agreed.");
        assertThat(organisation(a, "Tessaro Energy")).isNotNull();
        assertThat(organisation(a, "Harbourside Capital")).isNotNull();
    }

    @Test
    void aCentralElectoralCommissionIsTheCentralElectionCommission() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "CHISINAU, Nov. 4 (AP) - The Central Electoral Commission said turnout was 54 percent.");
        assertThat(organisations(a)).anySatisfy(o -> assertThat(o.aliases()).contains("Central Electoral Commission"));
    }

    @Test
    void aMinistryNamedByItsPortfolioGoesOnWithAndAFurtherPortfolio() {
        AnalysedArticle a = SharedEngine.analyse("Statement",
                "DAMASCUS, April 15, 2025 (Newsflow) - The Ministry of Foreign Affairs and Expatriates condemned the "
                        + "raid. The Department of Foreign Affairs and Ahmed Karimi met on Monday.");
        // the known foreign ministry of the dateline's state, named in full
        assertThat(organisation(a, "Syrian Foreign Ministry").aliases()).contains("Ministry of Foreign Affairs and Expatriates");
        assertThat(organisations(a)).noneMatch(o -> o.name().contains("Karimi") || o.aliases().stream()
                .anyMatch(alias -> alias.contains("Karimi")));
    }

    @Test
    void anAcronymInBracketsSpellsWhereABodysNameStartsAndNationalMayOpenIt() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "JAKARTA, Feb 11, 2025 (Newsflow) - The two ministers co-chaired the Joint Commission for Bilateral "
                        + "Cooperation (JCBC). The Australian Energy Market Operator (AEMO) warned of cuts. Officers of "
                        + "the National Crime Agency arrested eight people. Traders watched West Texas Intermediate (WTI) "
                        + "crude.");
        assertThat(organisation(a, "Joint Commission for Bilateral Cooperation")).isNotNull();
        assertThat(organisation(a, "Australian Energy Market Operator").countryCode()).isEqualTo("AUS");
        assertThat(organisation(a, "National Crime Agency")).isNotNull();
        assertThat(organisations(a)).noneMatch(o -> o.name().contains("Intermediate")); // no body's word in it
        assertThat(a.entities()).noneMatch(e -> e.kind() == EntityKind.PERSON);
    }

    @Test
    void oneBodyWordClosingALongerNameWithItsAcronymIsThatName() {
        AnalysedArticle a = SharedEngine.analyse("Strike",
                "ABUJA, June 3, 2024 (Newsflow) - Leaders of the Nigeria Labour Congress (NLC) and the Trade Union "
                        + "Congress (TUC) met the government. The NLC said the strike would go on.");
        assertThat(organisation(a, "Nigeria Labour Congress").aliases()).contains("NLC");
        assertThat(organisation(a, "Trade Union Congress").aliases()).contains("TUC");
        assertThat(organisations(a)).noneMatch(o -> o.name().equals("Labour Party") || o.name().equals("Congress"));
    }

    @Test
    void aStatesGovernmentIsTheStateAndNoOrganisation() {
        AnalysedArticle a = SharedEngine.analyse("Sanctions",
                "HARARE, March 6, 2024 (Newsflow) - The Government on Tuesday condemned the sanctions imposed by the "
                        + "United States. The government said it would not bow to pressure.");
        assertThat(organisations(a)).noneMatch(o -> o.name().contains("Government"));
        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.source().countryCode()).isEqualTo("ZWE");
            assertThat(e.source().kind()).isEqualTo(EntityKind.COUNTRY);
        });
    }

    @Test
    void aDemonymOrACityOpeningABodysNameIsPartOfIt() {
        AnalysedArticle a = SharedEngine.analyse("Ban",
                "LAGOS, June 7, 2021 (Newsflow) - The Nigerian Bar Association criticised the ban. The Prague Municipal "
                        + "Court acquitted him, and shares of London Stock Exchange Group fell.");
        assertThat(organisation(a, "Nigerian Bar Association").countryCode()).isEqualTo("NGA");
        assertThat(organisations(a)).extracting(AnalysedArticle.Entity::name).contains("Prague Municipal Court",
                "London Stock Exchange Group").doesNotContain("Bar Association", "Municipal Court");
    }
    @Test
    void aStateOpeningANameItsAcronymSpellsOwnsTheBodyNotTheStateTheDictionaryGivesItsLastWords() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "GABORONE, Oct. 28, 2019 (Newsflow) - The ruling Botswana Democratic Party (BDP) kept its majority. "
                        + "Observers said the Botswana Democratic Party had campaigned hard, and the BDP thanked voters.");
        AnalysedArticle.Entity party = organisation(a, "Botswana Democratic Party");
        assertThat(party.countryCode()).isEqualTo("BWA");
        assertThat(party.mentions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(organisations(a)).noneMatch(o -> o.name().equals("Democratic Party"));
        // the state the name opens with is still named there, as "Russian" is in "the Russian Foreign Ministry"
        assertThat(a.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY && "BWA".equals(e.countryCode()))
                .singleElement().satisfies(c -> assertThat(c.mentions()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void anAcronymTheStorySpeltIsItsBodyNotTheAgencyTheDictionaryKnowsByIt() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "GABORONE, Oct. 28, 2019 (Newsflow) - The Alliance for Progressives (AP) won one seat in Botswana. "
                        + "AP president Ndaba Gaolathe lost his own seat.");
        assertThat(organisation(a, "Alliance for Progressives").mentions()).hasSize(3);
        assertThat(organisations(a)).noneMatch(o -> o.name().equals("Associated Press"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Ndaba Gaolathe")).singleElement()
                .satisfies(p -> assertThat(p.countryCode()).isNotEqualTo("USA"));
    }

    @Test
    void aBodysShortNameInsideAPersonsNameIsNoMentionOfTheBody() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "GABORONE, Oct. 28, 2019 (Newsflow) - The opposition has not accepted the result. Its president, Duma "
                        + "Boko, said it would go to court.");
        assertThat(a.entities()).anyMatch(e -> e.kind() == EntityKind.PERSON && e.name().equals("Duma Boko"));
        assertThat(organisations(a)).noneMatch(o -> o.name().contains("Duma"));
    }

    @Test
    void aMissionIsABodyAndNoPerson() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "GABORONE, Oct. 28, 2019 (Newsflow) - The Southern African Development Community (SADC) Electoral "
                        + "Observation Mission said voting had been peaceful.");
        assertThat(a.entities()).noneMatch(e -> e.kind() == EntityKind.PERSON);
        assertThat(organisations(a)).anyMatch(o -> o.name().endsWith("Electoral Observation Mission"));
    }
}
