package io.newsflow.extract.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.SharedEngine;

class EventExtractionTest {

    private static List<NewsEvent> events(String body) {
        return SharedEngine.analyse("Headline", body).events();
    }

    @Test
    void theSameDayIsTheDayTheParagraphNamedAndANewParagraphCountsFromTheArticlesDay() {
        // February 24, 2025 is a Monday: "on Saturday" is February 22
        List<NewsEvent> e = events("BRUSSELS, February 24, 2025. /TASS/. China sharply criticized Israel on Saturday. "
                + "Russia criticized Israel the same day.\nTurkey criticized Israel the same day.");
        assertThat(e).extracting(x -> x.source().countryCode() + " " + x.date())
                .containsExactly("CHN 2025-02-22", "RUS 2025-02-22", "TUR 2025-02-24");
    }

    @Test
    void negatedRecognitionIsARejectionAndIsMarkedNegated() {
        List<NewsEvent> e = events("UN, June 3. /TASS/. The UN Security Council's resolutions ban any activity of North Korea, "
                + "but Pyongyang does not recognize these documents.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).cameo().root()).isEqualTo("12");
        assertThat(e.get(0).negated()).isTrue();
        assertThat(e.get(0).source().countryCode()).isEqualTo("PRK");
        assertThat(e.get(0).target().countryCode()).isEqualTo("UNSC");
    }

    @Test
    void aNegatedVerbWithoutNegationInItsPatternIsNoEvent() {
        assertThat(events("MOSCOW, June 15. /TASS/. Trump said he had not met with Kim during the visit.")).isEmpty();
    }

    @Test
    void aPassiveWithoutAgentNamesNoActor() {
        assertThat(events("UN, June 3. /TASS/. More than 20 missiles were test-fired during the year.")).isEmpty();
    }

    @Test
    void aPassiveWithAnAgentHasTheAgentAsSource() {
        List<NewsEvent> e = events("BRUSSELS, February 24. /TASS/. Israel was sharply criticized by China on Monday.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).cameo().root()).isEqualTo("11");
        assertThat(e.get(0).source().countryCode()).isEqualTo("CHN");
        assertThat(e.get(0).target().countryCode()).isEqualTo("ISR");
    }

    @Test
    void aPositionCodesByItsContentAndDatesFromTheSentence() {
        List<NewsEvent> e = events("MOSCOW, June 15. /TASS/. Russia is for modifying the UN Security Council's sanctions "
                + "against North Korea, Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday.\n"
                + "In September 2016, Pyongyang carried out another nuclear test.");
        assertThat(e).extracting(x -> x.cameo().code()).containsExactly("0251", "150");
        assertThat(e.get(0).target().countryCode()).isEqualTo("UNSC");
        assertThat(e.get(1).date()).isEqualTo("2016-09");
        assertThat(e.get(1).cameo().quadClass()).isEqualTo(4);
    }

    @Test
    void firstPersonInAQuoteIsTheSpeakersCountry() {
        List<NewsEvent> e = events("MOSCOW, June 15. /TASS/. \"We've noted and welcomed the positive dynamics,\" "
                + "Russian Foreign Ministry spokeswoman Maria Zakharova said.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).cameo().code()).isEqualTo("051");
        assertThat(e.get(0).source().countryCode()).isEqualTo("RUS");
        assertThat(e.get(0).cameo().quadClass()).isEqualTo(1);
    }

    @Test
    void aBareStatementIsNoEvent() {
        assertThat(events("MOSCOW, June 15. /TASS/. Zakharova said the weather was fine.")).isEmpty();
    }

    @Test
    void eventIdsAreDeterministic() {
        String body = "BRUSSELS, February 24. /TASS/. The European Union imposed sanctions on Russia.";
        assertThat(events(body).get(0).eventId()).isEqualTo(events(body).get(0).eventId());
    }

    @Test
    void companiesAndTheirExecutivesAreNoPoliticalActors() {
        assertThat(events("KUALA LUMPUR, March 2 (Bernama) -- Telco chief executive officer Hamid Rahman said the firm "
                + "would invest in new towers and support the rollout of fibre across the country.")).isEmpty();
    }

    @Test
    void aCountryOwningTheSubjectIsNotItsSource() {
        assertThat(events("LANGKAWI, Jan 20 -- Malaysia's telecommunications companies are ramping up investments "
                + "to support the rollout of fibre.")).isEmpty();
        List<NewsEvent> e = events("TEHRAN, May 3 (Reuters) - Iran's army condemned Israel on Sunday.");
        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.source().countryCode()).isEqualTo("IRN"));
    }

    @Test
    void anIgoOfficialActsForTheIgo() {
        List<NewsEvent> e = events("NEW YORK (AP) - UN Secretary-General Antonio Guterres on Wednesday welcomed "
                + "the agreement between Israel and Hamas.");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).source().countryCode()).isEqualTo("UN");
        assertThat(e.get(0).cameo().root()).isEqualTo("05");
    }

    @Test
    void everyCoordinatedTargetGetsItsOwnEvent() {
        List<NewsEvent> e = events("NEW YORK (AP) - UN Secretary-General Antonio Guterres praised Egypt, Qatar and "
                + "Turkey on Wednesday.");
        assertThat(e).extracting(ev -> ev.target().countryCode()).containsExactlyInAnyOrder("EGY", "QAT", "TUR");
        assertThat(e).extracting(NewsEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void soldiersOfACountryActForItAndAStateActsOnItsOwnLeader() {
        List<NewsEvent> e = events("BAMAKO (AP) - Mutinous soldiers in the West African nation of Mali have detained "
                + "President Ibrahim Boubacar Keita, officials said on Tuesday.");
        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("17");
            assertThat(ev.source().countryCode()).isEqualTo("MLI");
            assertThat(ev.target().name()).isEqualTo("Ibrahim Boubacar Keita");
        });
    }

    @Test
    void governmentForcesWithoutACountryAreTheDatelinesState() {
        List<NewsEvent> e = events("KABUL, Feb. 5 (Xinhua) -- The government forces' warplanes attacked a Taliban "
                + "hideout on Monday, officials said.");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).source().countryCode()).isEqualTo("AFG");
        assertThat(e.get(0).cameo().root()).isEqualTo("19"); // military force, not an assault
    }

    @Test
    void nounsAfterMarkersAndLookAlikeVerbsAreNoActions() {
        // "meted" is not "met"; a "jail sentence" and a report "on demand" are nouns
        assertThat(events("KUALA LUMPUR, May 2 (Bernama) -- Magistrate Noor Aziz meted out the sentences on Monday. "
                + "He ordered the man to serve his jail sentence. The Energy Ministry issued a report on demand."))
                .isEmpty();
    }

    @Test
    void courtsActForTheirStateOnTheForeignersTheyJail() {
        List<NewsEvent> warrants = events("GEORGETOWN (AP) - A court in Guyana issued arrest warrants for two "
                + "Brazilians on Monday.");
        assertThat(warrants).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("17");
            assertThat(ev.source().countryCode()).isEqualTo("GUY");
            assertThat(ev.target().countryCode()).isEqualTo("BRA");
        });
        List<NewsEvent> jailed = events("TUNIS (Reuters) - A Tunisian court jailed a Nigerian student on Friday.");
        assertThat(jailed).singleElement().satisfies(ev -> {
            assertThat(ev.source().countryCode()).isEqualTo("TUN");
            assertThat(ev.target().countryCode()).isEqualTo("NGA");
        });
    }

    @Test
    void leadersTheTextGivesNoCountryStillMeetAsTheirStates() {
        List<NewsEvent> e = events("GENEVA (Reuters) - Obama and Putin will meet in Zurich next month.");
        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("03"); // a meeting told in the future is an intent
            assertThat(ev.source().countryCode()).isEqualTo("USA");
            assertThat(ev.target().countryCode()).isEqualTo("RUS");
        });
    }

    @Test
    void partnersSeekingDeeperTiesExpressAnIntentToCooperate() {
        List<NewsEvent> e = events("BRASILIA (Reuters) - Brazil and the US seek to deepen their partnership.");
        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.cameo().root()).isEqualTo("03"));
    }

    @Test
    void aStateStrikingAnArmedGroupOfItsOwnIsAnEventAndTheParticipleSharesTheSubject() {
        List<NewsEvent> e = events("KABUL, Feb. 5 (Xinhua) -- The government forces' warplanes targeted a Taliban "
                + "hideout on Monday, killing two Pakistani soldiers, officials said.");
        assertThat(e).hasSize(2).allSatisfy(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("19");
            assertThat(ev.source().countryCode()).isEqualTo("AFG");
        });
        assertThat(e.get(0).target().name()).isEqualTo("Taliban");
    }

    @Test
    void anExchangeOfFireAndAJointExerciseAreDoneByEachSideToTheOther() {
        List<NewsEvent> fire = events("PHNOM PENH, Jan. 30 (Xinhua) -- Thai and Cambodian troops exchanged fire at the "
                + "border on Friday.");
        assertThat(fire).extracting(ev -> ev.source().countryCode() + ">" + ev.target().countryCode())
                .containsExactlyInAnyOrder("THA>KHM", "KHM>THA");
        List<NewsEvent> drill = events("NEW DELHI (Reuters) - A joint military exercise between India and Nepal began "
                + "on Monday.");
        assertThat(drill).extracting(ev -> ev.cameo().root() + " " + ev.source().countryCode() + ">"
                + ev.target().countryCode()).containsExactlyInAnyOrder("06 IND>NPL", "06 NPL>IND");
    }

    @Test
    void everyCoordinatedAgentOfAPassiveActs() {
        List<NewsEvent> e = events("GENEVA (AA) - The aid conference in Geneva was co-hosted by Egypt, Germany, Qatar "
                + "and the European Union.");
        assertThat(e).extracting(ev -> ev.source().countryCode()).containsExactly("EGY", "DEU", "QAT", "EU");
        assertThat(e).allSatisfy(ev -> assertThat(ev.cameo().root()).isEqualTo("04"));
    }

    @Test
    void aScheduledMeetingIsAnIntentWithEveryoneMetAndForceToComeIsAThreat() {
        List<NewsEvent> meeting = events("BEIJING, Aug 29 (Reuters) - German Chancellor Angela Merkel is scheduled to "
                + "meet with Chinese Premier Wen Jiabao and President Hu Jintao on Thursday.");
        assertThat(meeting).extracting(ev -> ev.cameo().code() + " " + ev.target().name())
                .containsExactly("036 Wen Jiabao", "036 Hu Jintao");
        List<NewsEvent> threat = events("KABUL, Feb. 5 (Xinhua) -- The Afghan army would continue to bomb the "
                + "positions of the Taliban, the ministry said.");
        assertThat(threat).isNotEmpty().allSatisfy(ev -> assertThat(ev.cameo().root()).isEqualTo("13"));
    }

    @Test
    void aParticipleAfterADeterminerDescribesItsNoun() {
        assertThat(events("BEIJING (Reuters) - China criticised a proposed summit with Japan."))
                .extracting(ev -> ev.cameo().root()).doesNotContain("03");
    }

    @Test
    void peopleOfTheStorysPlaceAreItsCountry() {
        List<NewsEvent> tearGas = events("ISLAMABAD (AP) - Police fired tear gas at thousands of protesters on Saturday.");
        assertThat(tearGas).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("17");
            assertThat(ev.source().countryCode()).isEqualTo("PAK");
            assertThat(ev.target().countryCode()).isEqualTo("PAK"); // a state acting on its own people is an event
        });
        List<NewsEvent> demand = events("ISLAMABAD (AP) - Thousands of demonstrators demanding the resignation of Prime "
                + "Minister Nawaz Sharif gathered on Saturday.");
        assertThat(demand).extracting(ev -> ev.source().countryCode()).contains("PAK");
    }

    @Test
    void aPlaceAsTheObjectStandsForItsCountry() {
        List<NewsEvent> e = events("SEOUL (Yonhap) - The minister of Malaysia will visit Tokyo next week.");
        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("03");
            assertThat(ev.target().countryCode()).isEqualTo("JPN");
        });
        assertThat(events("SEOUL (Yonhap) - Malaysia held talks in Tokyo on Monday."))
                .allSatisfy(ev -> assertThat(ev.target()).isNull());
    }

    @Test
    void whatAPoliticalSpeakerSaysMustBeDoneIsAnAppeal() {
        List<NewsEvent> quoted = events("GENEVA (AA) - \"All hostages must be released,\" UN Secretary-General Antonio "
                + "Guterres said.");
        assertThat(quoted).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("02");
            assertThat(ev.source().countryCode()).isEqualTo("UN");
        });
        List<NewsEvent> reported = events("GENEVA (AA) - UN Secretary-General Antonio Guterres said a permanent "
                + "ceasefire must be secured.");
        assertThat(reported).extracting(ev -> ev.cameo().root()).containsExactly("02");
        assertThat(events("GENEVA (AA) - \"We must be united in this hour,\" UN Secretary-General Antonio "
                + "Guterres said.")).isEmpty();
    }

    @Test
    void aCommaAloneJoinsNoPartnersAndAParticipleOfNoEventHasNoSubject() {
        List<NewsEvent> met = events("BEIJING (Reuters) - Foreign Minister Wang Yi met Japanese Vice Foreign Minister "
                + "Akitaka Saiki, the Chinese Foreign Ministry said.");
        assertThat(met).singleElement().satisfies(ev -> assertThat(ev.target().name()).isEqualTo("Akitaka Saiki"));
        assertThat(events("KABUL, Feb. 5 (Xinhua) -- Rain fell on Taliban hideouts in the north, killing three "
                + "shepherds.")).isEmpty();
    }

    @Test
    void aSubjectHeadedBeforeIncludingIsTheStateItsForcesServe() {
        List<NewsEvent> e = events("KABUL, Feb. 5 (Xinhua) -- The government forces' aircraft including helicopter "
                + "gunships struck Taliban hideouts on Monday.");
        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.source().countryCode()).isEqualTo("AFG");
            assertThat(ev.target().name()).isEqualTo("Taliban");
        });
    }

    @Test
    void aLongNounPhraseFitsInsideADeclarationAndADefeatAcceptedIsAYield() {
        List<NewsEvent> png = events("MOSCOW (Sputnik) - Russia declared the assistant military attache of the Romanian "
                + "Embassy in Moscow persona non grata on Tuesday.");
        assertThat(png).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().code()).isEqualTo("161");
            assertThat(ev.source().countryCode()).isEqualTo("RUS");
            assertThat(ev.target().countryCode()).isEqualTo("ROU");
        });
        List<NewsEvent> conceded = events("ABIDJAN (Reuters) - Opposition leader Pascal Affi N'Guessan accepted his "
                + "defeat by President Alassane Ouattara on Wednesday.");
        assertThat(conceded).extracting(ev -> ev.cameo().root()).containsExactly("08");
    }

    @Test
    void coordinatedSubjectsBothActOnAForeignObject() {
        List<NewsEvent> e = events("SEOUL (Yonhap) - South Korean Foreign Minister Chung Eui-yong and U.S. Secretary of "
                + "State Antony Blinken agreed to make continued efforts to engage with North Korea.");
        assertThat(e).extracting(ev -> ev.source().countryCode() + ">" + ev.target().countryCode())
                .containsExactlyInAnyOrder("KOR>PRK", "USA>PRK");
        assertThat(e).allSatisfy(ev -> assertThat(ev.cameo().root()).isEqualTo("03"));
    }

    @Test
    void aVisitAfterAPossessiveIsANounAndAParticipleRetellingItsClauseIsNoSecondEvent() {
        assertThat(events("SEOUL (Yonhap) - \"We expect Kwon's visit to Japan to help,\" Foreign Minister Park Jin "
                + "said.")).isEmpty();
        List<NewsEvent> strike = events("KABUL, Feb. 5 (Xinhua) -- The Afghan army struck Taliban hideouts on Monday, "
                + "killing 12 rebels.");
        assertThat(strike).singleElement().satisfies(ev -> assertThat(ev.target().name()).isEqualTo("Taliban"));
    }

    @Test
    void theArmyOrPoliceUnnamedActForAndAreActedOnAsTheStorysCountry() {
        List<NewsEvent> urged = events("PORT SUDAN (Reuters) - The U.S. State Department urged the army to accept the "
                + "truce.");
        assertThat(urged).singleElement().satisfies(ev -> {
            assertThat(ev.source().countryCode()).isEqualTo("USA");
            assertThat(ev.target().countryCode()).isEqualTo("SDN");
        });
        List<NewsEvent> detained = events("CHISINAU (AP) - Police said they had detained 14 people on Sunday.");
        assertThat(detained).singleElement().satisfies(ev -> {
            assertThat(ev.cameo().root()).isEqualTo("17");
            assertThat(ev.source().countryCode()).isEqualTo("MDA");
        });
    }

    private static List<String> coded(String body) {
        return events(body).stream().map(e -> (e.source() == null ? "-" : e.source().countryCode()) + " "
                + e.cameo().code() + " " + (e.target() == null ? "-" : e.target().countryCode())).toList();
    }

    @Test
    void aGapInAPatternPassesWordsThatCouldEndItTooEarly() {
        // "fired * shells|artillery at": "artillery" fits the second element, but only "shells" is followed by "at"
        assertThat(coded("SEOUL, May 4 (Yonhap) -- North Korean troops fired artillery shells at Seoul on Monday."))
                .containsExactly("PRK 194 KOR");
    }

    @Test
    void twoStatesCoordinatedAsSubjectsAreEachOthersPartners() {
        assertThat(coded("BRASILIA, Aug. 6 (AFP) - Brazil and the United States are seeking to deepen a partnership "
                + "in energy, an official said on Wednesday.")).containsExactly("BRA 030 USA");
    }

    @Test
    void peopleOfTwoCountriesProtestingInAForeignCapitalProtestAgainstItsGovernment() {
        assertThat(coded("BEIJING, Aug. 6 (AFP) - US and British activists staged a dramatic protest in Beijing on "
                + "Wednesday.")).containsExactlyInAnyOrder("USA 140 CHN", "GBR 140 CHN");
        // at home, against the own government
        assertThat(coded("ISLAMABAD, Aug. 6 (AP) - Pakistani students staged a protest in Islamabad on Wednesday."))
                .containsExactly("PAK 140 PAK");
        // a government protesting from abroad gets no target from the place
        assertThat(coded("BRUSSELS, Aug. 6 (AP) - China protested against the measure on Wednesday."))
                .containsExactly("CHN 140 -");
    }

    @Test
    void aWordAfterANameThatAnArticleOpensIsTheNounTheNameDescribes() {
        assertThat(coded("WASHINGTON, June 9 (Reuters) - The United States launched an air strike against an "
                + "Islamic State target southwest of Baghdad on Monday.")).containsExactly("USA 195 null");
        assertThat(coded("KABUL, June 9 (Reuters) - The Taliban attacked a police post on Monday."))
                .containsExactly("AFG 180 AFG"); // the police of the story's country
    }

    @Test
    void anOfficerNamedAfterHisPostAndRankActsForThePostsCountry() {
        List<NewsEvent> e = events("BEIRUT, Aug. 6 (AFP) - The US commander in Iraq, General David Petraeus, held "
                + "talks with President Michel Suleiman during a surprise visit to Beirut on Wednesday.");
        assertThat(e).extracting(x -> x.source().name() + "/" + x.source().countryCode() + " " + x.cameo().code()
                + " " + x.target().countryCode()).containsExactly("David Petraeus/USA 044 LBN",
                        "David Petraeus/USA 042 LBN"); // the visit is to Lebanon, named by its capital
    }

    @Test
    void ordinaryNewsWordsThatCodeConflictInPoliticsGiveNoEvent() {
        // demand as a quantity, a club named after its city, a player named without a role
        assertThat(events("SINGAPORE, March 12 (Reuters) - Investors waited for data from the US Department of "
                + "Energy to gauge demand in the world's biggest oil consumer.")).isEmpty();
        assertThat(events("ZAGREB, Oct 6 (AFP) - Ante Kovac fired a late winner as Dinamo Zagreb beat Hajduk Split "
                + "2-1 on Sunday. Kovac struck from the edge of the area in the 88th minute.")).isEmpty();
    }

    @Test
    void withoutADatelineThePlaceTheyActedInSaysWhosePoliceAndProtestersTheyAre() {
        assertThat(coded("Police arrested 20 opposition activists in Minsk on Sunday.")).containsExactly("BLR 173 BLR");
        assertThat(coded("Thousands of protesters marched in Caracas on Saturday to demand the resignation of "
                + "President Nicolas Maduro.")).containsExactly("VEN 141 VEN");
    }

    @Test
    void aClauseTheSentenceDeniesIsNoEvent() {
        assertThat(coded("MOSCOW, May 4 (Reuters) - The Kremlin denied that Russian forces had shelled the city."))
                .isEmpty();
        assertThat(coded("MOSCOW, May 4 (Reuters) - The Kremlin denied reports that Russian forces had shelled the "
                + "city.")).isEmpty();
    }

    @Test
    void thanksPledgesOfAidAndAgreementsToResumeTalksAreCoded() {
        assertThat(coded("KYIV, May 4 (Reuters) - Ukraine's foreign minister Dmytro Kuleba thanked Germany for its "
                + "support.")).containsExactly("UKR 051 DEU");
        assertThat(coded("RIYADH, May 4 (Reuters) - Saudi Arabia pledged $500 million in aid to Yemen."))
                .containsExactly("SAU 033 YEM");
        assertThat(coded("TOKYO, May 4 (Reuters) - Japan and South Korea agreed to resume military talks."))
                .containsExactly("JPN 036 KOR");
    }

    @Test
    void capitalsWarnJointDrillsAndClashesGoBothWaysAndHostsHaveGuests() {
        assertThat(coded("BEIJING, May 4 (Reuters) - Beijing warned Tokyo against interfering in the Taiwan issue."))
                .containsExactly("CHN 130 JPN");
        assertThat(coded("MOSCOW, May 4 (Reuters) - Russian and Chinese warships held joint naval drills in the Sea "
                + "of Japan.")).containsExactlyInAnyOrder("RUS 062 CHN", "CHN 062 RUS");
        assertThat(coded("KHARTOUM, May 4 (Reuters) - The Sudanese army and RSF clashed in Khartoum on Sunday."))
                .containsExactlyInAnyOrder("SDN 190 SDN", "SDN 190 SDN");
        assertThat(coded("PARIS, May 4 (AFP) - Macron hosted Modi at the Elysee Palace on Friday."))
                .containsExactly("FRA 043 IND");
    }

    @Test
    void aVerbOfSanctionsOrClashesIsNotItsNoun() {
        assertThat(coded("WASHINGTON, May 4 (Reuters) - The US Treasury sanctioned five companies linked to the "
                + "Houthis.")).containsExactly("USA 163 YEM");
        assertThat(coded("MOSCOW, May 4 (Reuters) - \"Russia has learned to live under sanctions,\" the Kremlin "
                + "spokesman said.")).isEmpty();
        assertThat(coded("PARIS, May 4 (AFP) - Clashes broke out near the square, and the Philippines protested to "
                + "China over the water cannon attack.")).containsExactly("PHL 114 CHN");
    }

    @Test
    void anAttackByAircraftIsAnAirStrikeAndAHomeProtestTargetsTheOwnGovernment() {
        assertThat(coded("KABUL, Feb. 5 (Xinhua) -- The government forces' warplanes targeted a Taliban hideout in "
                + "Laghman province on Monday.")).containsExactly("AFG 195 AFG");
        assertThat(coded("KABUL, Feb. 5 (Xinhua) -- Government troops attacked a Taliban hideout in Laghman province "
                + "on Monday.")).containsExactly("AFG 190 AFG");
        assertThat(coded("ISLAMABAD, Aug. 30 (AP) -- Thousands of protesters marching toward the prime minister's "
                + "residence broke through a fence on Saturday.")).first().asString().startsWith("PAK 14");
    }

    @Test
    void aTimeBeforeAClauseOfItsOwnDoesNotDateTheClause() {
        // March 4, 2025 is a Tuesday
        List<NewsEvent> e = events("BEIRUT, March 4, 2025 (AFP) - Lebanon protested to Israel on Monday after Israeli "
                + "troops shelled a village near the border.");
        assertThat(e).extracting(x -> x.cameo().root() + " " + x.date())
                .containsExactly("11 2025-03-03", "19 2025-03-04");
        // "after that" goes on in the same time
        assertThat(events("SEOUL, March 4, 2025 (Yonhap) - In early 2016 North Korea conducted a nuclear test and "
                + "after that launched a ballistic missile.")).extracting(NewsEvent::date).containsOnly("2016");
    }

    @Test
    void aCourtOrPoliceNamedByTheirPlaceActForThatPlacesCountry() {
        // convicting is finding guilty (116); sentencing and jailing are 173
        assertThat(coded("A court in Paris convicted the former president of corruption.")).containsExactly("FRA 116 -");
        assertThat(coded("A court in Paris sentenced the former president to two years.")).containsExactly("FRA 173 -");
        assertThat(coded("Police in New Delhi arrested 30 protesters on Monday.")).containsExactly("IND 173 IND");
    }

    @Test
    void visitsMissilesWithdrawalsRecapturesAndTradedAccusations() {
        assertThat(coded("BAGHDAD, May 4 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani received the Iranian "
                + "foreign minister in Baghdad on Sunday.")).containsExactly("IRQ 043 IRN");
        assertThat(coded("SANAA, May 4 (Reuters) - The Houthis fired a missile at a commercial ship in the Red Sea."))
                .containsExactly("YEM 190 -");
        assertThat(coded("ADDIS ABABA, May 4 (Reuters) - Ethiopian troops withdrew from the disputed region, the "
                + "government said.")).containsExactly("ETH 0874 -");
        assertThat(coded("KYIV, May 4 (Reuters) - The Ukrainian army recaptured the village of Robotyne."))
                .containsExactly("UKR 192 -");
        assertThat(coded("NEW DELHI, May 4 (Reuters) - India and Pakistan traded accusations over the ceasefire "
                + "violations.")).containsExactlyInAnyOrder("IND 112 PAK", "PAK 112 IND");
        assertThat(coded("HAVANA, May 4 (Reuters) - Colombia's government and ELN rebels resumed peace talks in "
                + "Havana.")).containsExactly("COL 046 COL");
    }

    @Test
    void aNameWithTheArabicArticleIsKnownHoweverItIsCapitalised() {
        assertThat(coded("MOGADISHU, May 4 (Reuters) - Somali forces killed 20 al-Shabaab fighters on Monday."))
                .containsExactly("SOM 190 SOM");
        List<NewsEvent> e = events("MOGADISHU, May 4 (Reuters) - Al-Shabaab fighters attacked an army base on Monday.");
        assertThat(e).extracting(x -> x.source().name()).containsExactly("al-Shabaab");
    }

    @Test
    void wordsOfOrdinaryNewsPagesThatLookLikeViolenceOrSupportGiveNoEvent() {
        assertThat(events("CARDIFF, Nov. 19 (AP) - Wales beat Hungary 2-0 on Tuesday, while Switzerland beat Gibraltar "
                + "6-0. Portugal allowed only one shot on goal, and the coach said they would get another shot.")).isEmpty();
        assertThat(events("WASHINGTON, Nov. 19 (AP) - Trump has decided that rolling back existing tariffs is off the "
                + "table, and investors are trying to claw back some losses; others want to push back.")).isEmpty();
        assertThat(events("WASHINGTON, Nov. 19 (AP) - The president weighed 243 pounds, and the band's 2020 North "
                + "American tour will start in May.")).isEmpty();
        assertThat(events("LONDON, Nov. 19 (AP) - Assange faces 175 years in prison in the US if convicted; another "
                + "man was held in jail, and the interview happened thanks to his publicist.")).isEmpty();
    }

    @Test
    void aLeaderTheDictionaryKnowsKeepsHisCountryInAStoryFromElsewhere() {
        List<NewsEvent> e = events("HONG KONG, Nov. 19 (AP) - President Donald Trump and Chinese leader Xi Jinping are "
                + "expected to sign a partial trade deal.");
        assertThat(e).extracting(x -> x.source().countryCode()).containsOnly("USA");
    }

    @Test
    void universitiesHospitalsAndFirmsActForNobodyAndAHeartAttackIsNoAttack() {
        assertThat(events("FRANKFURT, Nov. 19 (AP) - The Goethe University will investigate the case, and Acme "
                + "Holdings Ltd accused its rival of fraud.")).isEmpty();
        assertThat(events("WASHINGTON, Nov. 19 (AP) - Trump's heart disease meant that a heart attack was possible, "
                + "and he is almost back to where he was in the polls.")).isEmpty();
    }

    @Test
    void aParticipleThatDescribesTheNounBeforeItIsNoActOfAnyoneBefore() {
        assertThat(coded("JERUSALEM, Aug. 6 (AFP) - The mayor is a member of the Islamist Hamas movement jailed over a "
                + "year ago, officials said.")).isEmpty();
        assertThat(coded("MINSK, Aug. 6 (AFP) - A Belarusian journalist detained last month was freed on Monday."))
                .isEmpty();
        assertThat(coded("MINSK, Aug. 6 (AFP) - Belarusian police detained 20 people on Monday."))
                .containsExactly("BLR 173 BLR");
    }

    @Test
    void anIntentIsDatedWhenReportedAndAFutureMonthLooksForward() {
        // March 20, 2023 was a Monday; the visit is coded as the intent, expressed in the story's month
        List<NewsEvent> e = events("SEOUL, March 20, 2023 (Yonhap) - The minister will visit Japan on Thursday to "
                + "discuss cooperation.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).containsExactly("036 2023-03");
        assertThat(TimeExpressionsProbe.firstDate("Germany will open a consulate in February.", "2012-08-30"))
                .isEqualTo("2013-02-01");
        assertThat(TimeExpressionsProbe.firstDate("Germany opened a consulate in February.", "2012-08-30"))
                .isEqualTo("2012-02-01");
    }

    @Test
    void aPossessorActsThroughItsDecisionButNotThroughARefusalOrAThreat() {
        assertThat(coded("MOSCOW, Aug. 6 (TASS) -- Russia's decision to expel the diplomats drew criticism."))
                .containsExactly("RUS 161 -");
        assertThat(coded("BEIJING, Aug. 6 (Xinhua) -- China's refusal to condemn the invasion angered Washington."))
                .isEmpty();
    }

    @Test
    void aNounWhosePossessorActsCodesThePossessorAndWithoutOneNothing() {
        assertThat(coded("GAZA, Aug. 6 (AFP) -- Israel's strikes on Gaza killed 20 people, medics said."))
                .containsExactly("ISR 190 PSE");
        assertThat(coded("SEOUL, Aug. 6 (Yonhap) -- The talks came amid North Korea's warning that the exercise would "
                + "cast clouds over relations.")).containsExactly("PRK 130 -");
        assertThat(coded("TOKYO, Aug. 6 (Kyodo) -- China's criticism of Japan grew sharper.")).containsExactly("CHN 111 JPN");
        assertThat(coded("KYIV, Aug. 6 (AFP) -- The attack on Kyiv killed 20 people, officials said.")).isEmpty();
    }

    @Test
    void twoCoordinatedSubjectsMetInTheirTalksWhateverElseTheClauseSays() {
        assertThat(coded("MOSCOW, March 3 (TASS) -- Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov "
                + "discussed the crisis during their phone talks on Monday.")).containsExactly("CHN 041 RUS");
        assertThat(coded("LONDON, March 3 (Reuters) -- Manchester United and Liverpool discussed the transfer during "
                + "their talks on Monday.")).isEmpty();
        assertThat(coded("MOSCOW, March 3 (TASS) -- Sergei Lavrov discussed the crisis during their phone talks."))
                .isEmpty();
    }

    @Test
    void aGunmanOrABomberActsForNoStateButACourtInAForeignCapitalActsForItsCountry() {
        assertThat(coded("LONDON, March 3 (Reuters) - A suicide bomber killed 12 people at a market in Kabul.")).isEmpty();
        assertThat(coded("LONDON, March 3 (Reuters) - A gunman killed 12 people.")).isEmpty();
        assertThat(coded("LONDON, March 3 (Reuters) - A court in Tehran sentenced a French citizen to eight years in "
                + "prison for espionage.")).containsExactly("IRN 173 FRA");
    }

    @Test
    void aNameRightAfterAVerbOrAPrepositionDescribesTheNounAfterIt() {
        assertThat(coded("GAZA, March 3 (AFP) - Israeli warplanes struck Hamas targets in Gaza overnight."))
                .containsExactly("ISR 195 PSE");
        assertThat(coded("KABUL, March 3 (AFP) - The strikes on Taliban positions continued, officials said.")).isEmpty();
    }

    @Test
    void prisonersExchangedGoBothWaysAndReleasedNationalsCodeTheirCountry() {
        assertThat(coded("KYIV, March 3 (AFP) - Ukraine and Russia exchanged 200 prisoners of war on Friday."))
                .containsExactlyInAnyOrder("UKR 0841 RUS", "RUS 0841 UKR");
        assertThat(coded("COLOMBO, March 3 (AFP) - Sri Lanka released 30 Indian fishermen on Friday."))
                .containsExactly("LKA 0841 IND");
        assertThat(coded("LONDON, March 3 (Reuters) - Reports of possible prisoner exchanges between Russia and Ukraine "
                + "surprised the ombudswoman.")).isEmpty();
    }

    @Test
    void aSecondVerbOfTheSameSubjectWithoutATargetTellsTheFirstAgain() {
        assertThat(coded("KABUL, March 3 (Xinhua) -- Afghan military aircraft attacked the hideouts of the Taliban on "
                + "Saturday and killed nine insurgents, officials said.")).containsExactly("AFG 195 AFG");
    }

    @Test
    void thePeopleActedOnAreThoseOfThePlaceNamedElseOfTheActorWhenTheDatelineIsOnlyAWireDesk() {
        assertThat(coded("WASHINGTON, March 3 (AP) - Kenyan police fired tear gas at opposition supporters in Nairobi."))
                .containsExactly("KEN 175 KEN");
        assertThat(coded("WASHINGTON, March 3 (AP) - Maduro's government arrested an opposition leader."))
                .containsExactly("VEN 173 VEN");
        assertThat(coded("ISLAMABAD, March 3 (AP) - Police fired tear gas at protesters on Saturday."))
                .containsExactly("PAK 175 PAK");
    }

    @Test
    void anAgentAfterByInsideTheMatchIsThePassivesSourceAndAnAccusedNounIsNoAccusation() {
        assertThat(coded("GAZA, March 3 (AP) - Two Palestinians were killed by Israeli troops in the West Bank."))
                .containsExactly("ISR 190 PSE");
        assertThat(coded("OTTAWA, March 3 (AP) - Canada expelled a Chinese diplomat accused of targeting a lawmaker."))
                .containsExactly("CAN 161 CHN");
    }

    @Test
    void drillsShootingsSuspensionsAndSharedIntelligence() {
        assertThat(coded("BEIJING, March 3 (AP) - The Chinese navy held drills near Taiwan.")).containsExactly("CHN 150 TWN");
        assertThat(named("SRINAGAR, March 3 (AP) - Indian troops shot dead two militants in Kashmir."))
                .containsExactly("India 193 militants");
        assertThat(coded("ADDIS ABABA, March 3 (AP) - The African Union suspended Mali after the coup."))
                .containsExactly("AU 160 MLI");
        assertThat(coded("SEOUL, March 3 (AP) - Seoul and Tokyo agreed to share military intelligence."))
                .containsExactly("KOR 0314 JPN");
    }

    @Test
    void aStatesForcesBombFromTheAirAndAppealsForACeasefireAreDeEscalation() {
        assertThat(coded("DAMASCUS, March 3 (AP) - Syrian government forces bombed rebel-held areas in Idlib."))
                .containsExactly("SYR 195 -");
        assertThat(coded("JAKARTA, March 3 (AP) - The Indonesian foreign minister called for an immediate ceasefire in "
                + "Gaza.")).containsExactly("IDN 0256 PSE");
    }

    @Test
    void aPastVerbAfterANameAPrepositionGovernsIsStillAVerbAndAnAgentNeedsItsNameRightAfterBy() {
        assertThat(coded("LONDON, March 3 (AP) - China\u2019s ambassador to Britain accused the UK of meddling."))
                .containsExactly("CHN 112 GBR");
        assertThat(coded("LONDON, March 3 (AP) - The dollar was supported by recent U.S. economic data.")).isEmpty();
    }

    @Test
    void threatsRestoredTiesAidOffersAndLoans() {
        assertThat(coded("TEHRAN, March 3 (AFP) - Iran vowed to retaliate against Israel for the strike."))
                .containsExactly("IRN 138 ISR");
        assertThat(coded("RIYADH, March 3 (AFP) - Saudi Arabia and Iran restored diplomatic ties after seven years."))
                .containsExactly("SAU 054 IRN");
        assertThat(coded("BERLIN, March 3 (AFP) - Germany provided Ukraine with tanks and air defence systems."))
                .containsExactly("DEU 072 UKR");
        assertThat(coded("RABAT, March 3 (AFP) - The Netherlands offered Morocco help after the earthquake."))
                .containsExactly("NLD 033 MAR");
        assertThat(coded("ISLAMABAD, March 3 (AFP) - The World Bank approved a 500 million dollar loan to Pakistan."))
                .containsExactly("WB 071 PAK");
    }

    @Test
    void talksHeldDealsAgreedBlockedMissionsAndCallsToProtest() {
        assertThat(coded("SOCHI, March 3 (AFP) - Putin and Erdogan held talks in Sochi on Monday."))
                .containsExactly("RUS 044 TUR");
        assertThat(coded("BEIRUT, March 3 (AFP) - Israel and Lebanon agreed on a maritime border deal."))
                .containsExactly("ISR 057 LBN");
        assertThat(coded("MANILA, March 3 (AFP) - The Chinese coast guard blocked a Philippine supply mission."))
                .containsExactly("CHN 191 PHL");
        assertThat(coded("NAIROBI, March 3 (AFP) - Opposition leader Raila Odinga called for mass protests."))
                .containsExactly("KEN 133 -");
    }

    @Test
    void aMissileLaunchedOnADayIsATestAndASecondActIsOnlyToldAgainWhenItIsItsOutcomeOrAPhrase() {
        assertThat(coded("SEOUL, March 3 (AFP) - North Korea launched an intercontinental ballistic missile on Thursday."))
                .containsExactly("PRK 150 -");
        assertThat(coded("SEOUL, March 3 (AFP) - North Korea conducted a nuclear test and later launched a missile."))
                .containsExactly("PRK 150 -", "PRK 150 -");
        assertThat(coded("ROME, March 3 (AFP) - The Algerian president arrived in Rome for a state visit."))
                .containsExactly("DZA 042 ITA");
        assertThat(coded("ABUJA, March 3 (AFP) - The Nigerian army rescued 50 kidnapped schoolchildren.")).isEmpty();
    }

    @Test
    void warplanesBombFromTheAirAmbushesAreAttacksAndAPersonExtraditedIsDeported() {
        assertThat(coded("BELGRADE, March 3 (AP) - NATO warplanes bombed Serbian targets overnight."))
                .containsExactly("NATO 195 SRB");
        assertThat(coded("PRISTINA, March 3 (AP) - Albanian rebels ambushed a Serbian police patrol in Kosovo."))
                .containsExactly("ALB 180 SRB"); // rebels fight for no state, whatever their nationality
        assertThat(coded("BEIRUT, March 3 (AP) - Lebanese troops attacked an Israeli army post."))
                .containsExactly("LBN 190 ISR");
        assertThat(coded("MEXICO CITY, March 3 (AFP) - Mexico extradited drug lord Joaquin Guzman to the United States."))
                .extracting(x -> x.substring(0, 8)).containsExactly("MEX 174 ");
        assertThat(coded("DAMASCUS, March 3 (AP) - Syria rejected an Israeli offer to resume peace talks."))
                .containsExactly("SYR 125 ISR"); // a proposal to talk rejected
    }

    @Test
    void messagesOfCondolenceAndCongratulationRepresentationsPatrolsAndJointExercises() {
        assertThat(coded("BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping sent condolences to Turkish President "
                + "Recep Tayyip Erdogan over the earthquake.")).containsExactly("CHN 018 TUR");
        assertThat(coded("BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping sent a congratulatory message to "
                + "Vladimir Putin on his re-election.")).containsExactly("CHN 051 RUS");
        assertThat(coded("MANILA, March 3 (Xinhua) -- The Chinese embassy in Manila lodged stern representations with "
                + "the Philippine side.")).containsExactly("CHN 114 PHL");
        assertThat(coded("BEIJING, March 3 (Xinhua) -- The Chinese military conducted combat readiness patrols around "
                + "Taiwan on Saturday.")).containsExactly("CHN 150 TWN");
        assertThat(coded("BEIJING, March 3 (Xinhua) -- Chinese and Russian warships held a joint naval exercise in the "
                + "Sea of Japan.")).containsExactlyInAnyOrder("CHN 062 RUS", "RUS 062 CHN");
        assertThat(coded("BEIJING, March 3 (Xinhua) -- Wang Yi said China appreciates Pakistan's support."))
                .containsExactly("CHN 051 PAK");
    }

    @Test
    void aPossessivePronounOpensTheObjectItIsNotTheObject() {
        assertThat(coded("CANBERRA, March 3 (Xinhua) -- Chinese Premier Li Qiang held talks with his Australian "
                + "counterpart Anthony Albanese on Monday.")).containsExactly("CHN 044 AUS");
    }

    @Test
    void aTitleThatIsPartOfAKnownNameGivesItsCountryNotTheDatelines() {
        assertThat(coded("GENEVA, March 3 (AFP) - Pope Francis met Ukrainian President Volodymyr Zelenskiy at the Vatican."))
                .containsExactly("VAT 044 UKR");
    }

    @Test
    void callsToACounterpartHandoversDisengagementAndPledgedLoans() {
        assertThat(coded("NEW DELHI, March 3 (Reuters) - Indian Prime Minister Narendra Modi called his French "
                + "counterpart to discuss defence cooperation.")).containsExactly("IND 041 FRA");
        assertThat(coded("DHAKA, March 3 (Reuters) - Bangladesh handed over two militants to India."))
                .containsExactly("BGD 063 IND");
        assertThat(coded("NEW DELHI, March 3 (Reuters) - China and India agreed to disengage troops along the border."))
                .containsExactly("CHN 0356 IND");
        assertThat(coded("TOKYO, March 3 (Reuters) - Japan pledged 300 billion yen in loans to India."))
                .containsExactly("JPN 0331 IND");
    }

    @Test
    void aNounInAPhraseAfterAnActIsPartOfItButAVisitAloneIsOne() {
        assertThat(coded("KATHMANDU, March 3 (Reuters) - Nepal's prime minister will travel to China next week for a "
                + "five-day visit.")).containsExactly("NPL 036 CHN");
        assertThat(coded("COLOMBO, March 3 (Reuters) - Sri Lankan President Ranil Wickremesinghe thanked India for its "
                + "financial support.")).containsExactly("LKA 051 IND");
        assertThat(coded("KUALA LUMPUR, June 8 (Bernama) -- Joko Widodo is on a two-day working visit to Malaysia."))
                .containsExactly("IDN 042 MYS");
    }

    @Test
    void soldiersInACountryAndPoliceAfterByActForThatCountryAndGangsForNone() {
        assertThat(coded("NAIROBI, March 3 (Reuters) - Soldiers in Niger detained President Mohamed Bazoum on Wednesday."))
                .containsExactly("NER 173 NER");
        assertThat(coded("NAIROBI, March 3 (Reuters) - Uganda's opposition leader Bobi Wine was arrested by police in "
                + "Kampala.")).containsExactly("UGA 173 UGA");
        assertThat(coded("PORT-AU-PRINCE, March 3 (Reuters) - Haitian gangs attacked the capital's main prison."))
                .containsExactly("HTI 180 -");
        assertThat(coded("BAMAKO, March 3 (Reuters) - Mali's junta ordered the UN peacekeeping mission to leave the "
                + "country.")).containsExactly("MLI 166 UN");
    }

    @Test
    void latinAmericanIsARegionNotTheUnitedStates() {
        assertThat(coded("CARACAS, March 3 (Reuters) - Venezuela expelled the diplomats of seven Latin American countries."))
                .containsExactly("VEN 161 -");
    }
    /** cameo-verbs.tsv's "none": a longer phrase that is no event wins over the pattern inside it. */
    @Test
    void anIdiomThatHoldsAPatternIsNoEvent() {
        assertThat(coded("LONDON, March 3 (Reuters) - British Foreign Secretary David Lammy said the remarks struck him "
                + "as unfair.")).isEmpty();
        assertThat(coded("BEIJING, March 3 (Reuters) - China wants to let supply and demand set the price of coal."))
                .isEmpty();
    }

    @Test
    void attackingPoliciesIsCriticismNotAnAssault() {
        assertThat(coded("LONDON, March 3 (Reuters) - Prime Minister Keir Starmer attacked the opposition's policies "
                + "on immigration.")).containsExactly("GBR 111 -");
    }

    @Test
    void aPhoneCallBelongsToItsPossessorOrToTheFirstOfThePairItIsBetween() {
        assertThat(coded("WASHINGTON, March 3 (Reuters) - Russia's phone call with China lasted an hour."))
                .containsExactly("RUS 041 CHN");
        assertThat(coded("WASHINGTON, March 3 (Reuters) - The phone call between President Joe Biden and Chinese "
                + "President Xi Jinping lasted two hours.")).containsExactly("USA 041 CHN");
    }

    @Test
    void youIsNeverTheSpeakerAndHeInAQuoteIsNotItsOwnSpeaker() {
        assertThat(coded("DENVER, March 4, 2024 (AP) - \"We understand that you are concerned about the decision,\" "
                + "Governor Tom Hale told the protesters.")).isEmpty();
        assertThat(coded("BEIRUT, March 4, 2024 (Reuters) - Ali Hassan, a spokesman for the group, spoke to reporters.\n"
                + "\"He has taken responsibility for the attack on the convoy,\" Hassan said.")).isEmpty();
    }

    @Test
    void whoControlsThePlaceStruckIsTheTargetAndTheParticipleIsNoEvent() {
        assertThat(coded("ADEN, March 5, 2024 (Reuters) - Saudi-led coalition warplanes struck Houthi-controlled areas "
                + "of Hodeidah on Monday.")).containsExactly("SAU 195 YEM");
        assertThat(coded("KYIV, March 5, 2024 (Reuters) - Ukrainian drones struck an oil depot in Russian-occupied "
                + "Crimea overnight.")).containsExactly("UKR 195 RUS");
    }

    @Test
    void aNameThatAOpensBeforeALegalParticipleIsNoSubject() {
        assertThat(coded("MANILA, March 5, 2024 (Reuters) - Officials discussed the case of a US Marine convicted of "
                + "killing a woman.")).isEmpty();
    }

    @Test
    void congoAloneIsTheDemocraticRepublic() {
        assertThat(coded("KINSHASA, March 5, 2024 (Reuters) - Rwanda accused Congo of backing rebels on Tuesday."))
                .containsExactly("RWA 112 COD");
    }

    @Test
    void aWarningWithItsDayBeforeOfAndALawThatRatifiesATreaty() {
        assertThat(coded("SEOUL, March 5, 2024 (Yonhap) - North Korea warned South Korea on Tuesday of retaliation."))
                .extracting(c -> c.substring(0, 6)).containsExactly("PRK 13");
        assertThat(coded("MOSCOW, March 5, 2024 (TASS) - Russian President Vladimir Putin signed a law ratifying a "
                + "strategic partnership treaty with North Korea.")).containsExactly("RUS 057 PRK");
    }

    /** Wire copy puts the day between a verb and its complement; the pattern passes over it as over an adverb. */
    @Test
    void aTimePhraseBetweenAVerbAndItsComplementIsPassedOver() {
        assertThat(coded("BERLIN, April 2, 2024 (dpa) - Germany and France agreed on Tuesday to deepen defence "
                + "cooperation.")).containsExactly("DEU 030 FRA");
        assertThat(coded("TEHRAN, April 2, 2024 (AFP) - Iran denied late on Monday any involvement in the attack."))
                .containsExactly("IRN 016 -");
    }

    @Test
    void tariffsRaisedAreSanctionsAndRetaliationVowedIsAThreatAndALoanIsAid() {
        assertThat(coded("WASHINGTON, April 2, 2024 (Reuters) - The United States raised tariffs on Chinese electric "
                + "vehicles, and Beijing vowed retaliation.")).containsExactly("USA 163 CHN", "CHN 138 USA"); // what it answers
        assertThat(coded("BEIJING, April 2, 2024 (Reuters) - China agreed to lend Sri Lanka 2 billion dollars."))
                .containsExactly("CHN 0331 LKA");
    }

    @Test
    void whatAnAppealAsksForLaterInItsClauseIsNoActOfTheOneWhoAsks() {
        assertThat(coded("NEW YORK, April 2, 2024 (AP) - UN Secretary-General Antonio Guterres called for an immediate "
                + "ceasefire in Gaza and the release of all hostages.")).containsExactly("UN 0256 PSE");
    }

    @Test
    void quotedAsDoingSaysWhatTheOneQuotedDid() {
        assertThat(coded("BEIJING, May 6, 2024 (Reuters) - The state-owned China Daily quoted an unidentified Chinese "
                + "official as urging the Japanese government to take concrete measures.")).containsExactly("CHN 020 JPN");
    }

    @Test
    void aWithdrawalCompletedIsARetreat() {
        assertThat(coded("BAMAKO, May 6, 2024 (Reuters) - France completed the withdrawal of its troops from Mali on "
                + "Monday.")).containsExactly("FRA 0874 MLI");
    }

    @Test
    void everyCountryOfAListDoesWhatTheListDoesToAThirdOne() {
        assertThat(coded("MADRID, June 4, 2024 (Reuters) - Spain, Ireland and Norway formally recognised a Palestinian "
                + "state.")).containsExactlyInAnyOrder("IRL 054 PSE", "NOR 054 PSE", "ESP 054 PSE");
    }

    @Test
    void supportReaffirmedIsEndorsementAndAnActCalledAProvocationIsCriticism() {
        assertThat(coded("TOKYO, June 3, 2024 (Kyodo) - Japan reaffirmed its support for Ukraine's sovereignty."))
                .containsExactly("JPN 051 UKR");
        assertThat(coded("BEIJING, June 3, 2024 (Xinhua) - China described the US warship's passage through the Taiwan "
                + "Strait as a provocation.")).containsExactly("CHN 111 USA");
    }

    @Test
    void aVisitsPurposeIsPartOfTheVisit() {
        assertThat(coded("KYIV, May 6, 2024 (Reuters) - British Foreign Secretary David Cameron arrived in Kyiv on Monday "
                + "for talks with President Volodymyr Zelensky.")).containsExactly("GBR 042 UKR");
    }

    /** "X said that ... he": the pronoun is the one whose words are reported, not the name nearer to it. */
    @Test
    void heAfterXSaidIsX() {
        List<NewsEvent> e = events("WASHINGTON, June 3, 2024 (Reuters) - Blinken said that during the conversation with "
                + "Chung, he reaffirmed U.S. support for the dialogue.\nSecretary of State Antony Blinken spoke to "
                + "Korean Foreign Minister Chung Eui-yong.");
        assertThat(e).filteredOn(x -> x.cameo().root().equals("05")).extracting(x -> x.source().name())
                .containsExactly("Antony Blinken");
    }

    /** "killed in Ukraine" names a place; "killed in a Ukrainian drone strike" names who struck. */
    @Test
    void anAttackAfterInNamesTheAgentOfAPassive() {
        assertThat(coded("KYIV, Aug 12, 2024 (Reuters) - Twelve Russian soldiers were killed in a Ukrainian drone strike "
                + "in the Kursk region.")).containsExactly("UKR 190 RUS");
    }

    @Test
    void aParticipleAfterXSaidIsWhatXDidAndAPurposeIsPartOfTheAct() {
        assertThat(coded("SEOUL, Aug 12, 2024 (Yonhap) - Pyongyang fired artillery shells toward the sea, Seoul's "
                + "military said, calling the move a provocation.")).containsExactly("PRK 150 -", "KOR 111 PRK");
        assertThat(coded("NEW DELHI, Aug 12, 2024 (PTI) - India summoned Canada's top diplomat in New Delhi on Monday to "
                + "protest against remarks by Canadian officials.")).containsExactly("IND 114 CAN");
    }

    @Test
    void aDiplomatOrderedToLeaveIsExpelledAndAStatementBlockedIsAVeto() {
        assertThat(coded("BUCHAREST, Aug 12, 2024 (Reuters) - Romania ordered a Russian military attache to leave the "
                + "country.")).containsExactly("ROU 161 RUS");
        assertThat(coded("NEW YORK, Aug 12, 2024 (Reuters) - Russia and China blocked a UN Security Council statement on "
                + "Myanmar.")).containsExactlyInAnyOrder("RUS 129 UNSC", "CHN 129 UNSC");
    }

    @Test
    void aStateOfEmergencyAndASecondVerbAfterItAndDronesShotDown() {
        assertThat(coded("QUITO, Sept 9, 2024 (AFP) - Ecuador's President Daniel Noboa declared a state of emergency and "
                + "deployed the army.")).containsExactly("ECU 1724 ECU", "ECU 154 -"); // the emergency falls on Ecuador
        assertThat(coded("MOSCOW, Sept 9, 2024 (TASS) - Russian air defences shot down 20 Ukrainian drones overnight."))
                .containsExactly("RUS 190 UKR");
    }

    @Test
    void soldiersKilledInTheWarDescribesTheSoldiers() {
        assertThat(coded("KYIV, Sept 9, 2024 (Reuters) - Russia returned the bodies of 250 Ukrainian soldiers killed in "
                + "the war.")).containsExactly("RUS 0841 UKR");
    }

    /** "the bloc" and "the alliance" are the body of states named before, whatever its name. */
    @Test
    void theBlocIsTheIntergovernmentalBodyNamedBefore() {
        assertThat(coded("BRUSSELS, Sept 9, 2024 (Reuters) - The European Union adopted new sanctions against Iran.\n"
                + "China demanded that the bloc stop harming Chinese firms.")).contains("CHN 100 EU");
    }

    /** A sentence without a time of its own goes on in the earlier time the sentence before told of. */
    @Test
    void aSentenceGoesOnInTheEarlierTimeToldJustBefore() {
        List<NewsEvent> e = events("BRUSSELS, February 24, 2025 (Reuters) - The EU imposed sanctions on Russia on Monday.\n"
                + "In December 2024, the EU approved sanctions against Chinese companies. China protested against the "
                + "measure.\nIran has repeatedly criticized the sanctions.");
        assertThat(e).extracting(x -> x.source().countryCode() + " " + x.date())
                .contains("CHN 2024-12").doesNotContain("IRN 2024-12");
    }

    /** The sentence says where it happens; a dateline not named in it says only where the story was written. */
    @Test
    void thePeopleOfTheOneCountryTheSentenceNamesAfterIn() {
        assertThat(coded("ADDIS ABABA, Oct 1, 2024 (Reuters) - The African Union called for calm in Mozambique after "
                + "protesters clashed with police.")).containsExactly("AU 0256 MOZ", "MOZ 145 MOZ");
    }

    @Test
    void aDealBrokeredBetweenTwoIsMediationWithEach() {
        assertThat(coded("DOHA, Oct 1, 2024 (Reuters) - Qatar brokered a deal between Venezuela and the United States for "
                + "the release of prisoners.")).containsExactly("QAT 045 VEN", "QAT 045 USA");
    }

    @Test
    void aPhoneCallBetweenTheirMinistersIsTheirsAndWeaponsSentAreMilitaryAid() {
        assertThat(coded("CAIRO, Sept 24, 2024 (MENA) - Egypt and Jordan discussed the situation in Gaza during a phone "
                + "call between their foreign ministers on Tuesday.")).containsExactly("EGY 041 JOR");
        assertThat(coded("BERLIN, Sept 24, 2024 (Reuters) - Germany sent more Patriot air defence systems to Ukraine."))
                .containsExactly("DEU 072 UKR");
    }

    @Test
    void aMediatorAfterByIsNoTargetAndAnOutcomeOnTheSameTargetIsTheActToldAgain() {
        assertThat(coded("BEIRUT, Nov 5, 2024 (AP) - Israel and Hezbollah agreed to a ceasefire brokered by the United "
                + "States and France.")).containsExactly("ISR 0871 LBN");
        assertThat(coded("RAMALLAH, Nov 5, 2024 (Reuters) - Israeli forces raided the city of Jenin in the occupied West "
                + "Bank on Tuesday, killing five Palestinians.")).containsExactly("ISR 190 PSE");
    }

    /** What a political speaker says a named actor must do is an appeal to it; an unnamed "all sides" is no target. */
    @Test
    void aNamedActorThatMustDoSomethingIsDemandedOfAndOneThatShouldIsAppealedTo() {
        assertThat(coded("BEIJING, Sept 24, 2024 (Reuters) - Wang Yi told U.S. Secretary of State Antony Blinken that "
                + "Washington must stop arming Taiwan.")).containsExactly("CHN 100 USA");
        assertThat(coded("BEIJING, Aug 24, 2023 (Reuters) - Chinese President Xi Jinping said Japan should take "
                + "seriously the concerns of people at home and abroad.")).containsExactly("CHN 020 JPN");
        assertThat(coded("LONDON, Sept 24, 2024 (Reuters) - \"All sides must show restraint,\" British Foreign Secretary "
                + "David Lammy said.")).isEmpty();
    }

    /** An act the sentence asks about, wants of another or hedges did not happen: no event, or only the asking. */
    @Test
    void whatIsAskedAboutWantedOfAnotherOrHedgedIsNoEvent() {
        assertThat(coded("WASHINGTON, Nov 12, 2024 (AP) - Lawmakers are trying to establish whether Russia expelled "
                + "two Estonian diplomats.")).isEmpty();
        // what is wanted of Britain did not happen; wanting it of Britain is an appeal to Britain
        assertThat(coded("LONDON, Nov 12, 2024 (Reuters) - Sweden wants Britain to extradite the suspect."))
                .containsExactly("SWE 020 GBR");
        assertThat(coded("KYIV, Nov 12, 2024 (Reuters) - Hungary pressured Ukraine's government to release the "
                + "prisoners.")).doesNotContain("UKR 0841 -");
        assertThat(coded("VIENNA, Nov 12, 2024 (Reuters) - Iran is unlikely to sign the agreement.")).isEmpty();
        assertThat(coded("PARIS, Nov 12, 2024 (AFP) - Serbia and Kosovo failed to reach a deal.")).isEmpty();
        assertThat(coded("BERLIN, Nov 12, 2024 (dpa) - The debate was an opening for Germany to attack France.")).isEmpty();
        assertThat(coded("NEW DELHI, Nov 12, 2024 (PTI) - The Bar Association accused the government of delays."))
                .isEmpty();
        assertThat(coded("MOSCOW, Nov 12, 2024 (TASS) - Russia expelled two Estonian diplomats, and Estonia wanted "
                + "to respond.")).containsExactly("RUS 161 EST");
    }

    /** Calling on one's supporters to march rallies opposition (113); promising to do so threatens dissent (133). */
    @Test
    void callingSupportersToMarchRalliesOppositionAndPromisingItThreatensDissent() {
        assertThat(coded("NAIROBI, July 7, 2023 (Reuters) - Kenyan opposition leader Raila Odinga called on his "
                + "supporters camped outside the electoral commission for days to march on the Kenyan parliament."))
                .singleElement().asString().startsWith("KEN 113");
        assertThat(coded("NAIROBI, July 7, 2023 (Reuters) - Kenyan opposition leader Raila Odinga said he would call on "
                + "his supporters to protest.")).singleElement().asString().startsWith("KEN 133");
    }

    /** The place right after a visit is whom it visits, before an organisation named later in the clause. */
    @Test
    void thePlaceRightAfterTheActIsItsObjectBeforeALaterActor() {
        assertThat(coded("BRASILIA, March 3, 2025 (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in "
                + "Beijing on Saturday and will travel to Shanghai on Tuesday to visit the New Development Bank."))
                .contains("BRA 042 CHN").noneMatch(event -> event.endsWith("NDB"));
    }

    /** A second verb after "and" in what an appeal asks for is asked for too, not done. */
    @Test
    void aSecondVerbInWhatAnAppealAsksForIsAskedForToo() {
        assertThat(coded("NEW YORK, Oct 12, 2025 (Reuters) - UN Secretary-General Antonio Guterres called on Sudan's army "
                + "to silence the guns and allow aid to reach El Fasher.")).containsExactly("UN 020 SDN");
    }

    /** A UN agency's chief acts for the UN and the Council of the EU for the EU; the Security Council acts as itself. */
    @Test
    void anAgencyActsForItsOrganisationAndTheSecurityCouncilForItself() {
        assertThat(coded("GENEVA, June 19, 2023 (AA) - UN relief chief Martin Griffiths praised Saudi Arabia for its "
                + "pledge.")).containsExactly("UN 051 SAU");
        assertThat(coded("BRUSSELS, Feb 24, 2025 (Reuters) - The Council of the European Union on Monday adopted the "
                + "16th package of sanctions against Russia.")).containsExactly("EU 163 RUS");
        assertThat(coded("BEIJING, Feb 24, 2025 (Xinhua) - China criticized the UN Security Council.")).containsExactly(
                "CHN 110 UNSC");
    }

    // --- rules measured on a PETRARCH validation set (./newsflow cameo-eval); the sentences here are our own

    @Test
    void soldiersKilledAbroadWereFoughtByTheCountryTheyFellIn() {
        assertThat(events("ANKARA, June 3 (Newsflow) -- Eight Turkish soldiers were killed in Syria on Sunday."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("19 SYR TUR");
        assertThat(events("DELHI, June 3 (Newsflow) -- There were five Indian troops killed in Pakistan on Sunday."))
                .extracting(x -> x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("PAK IND");
        // civilians killed abroad say nothing of who killed them
        assertThat(events("BEIJING, June 3 (Newsflow) -- Two Chinese engineers were killed in Pakistan on Sunday.")).isEmpty();
    }

    @Test
    void whatAnActorWantsToDoIsItsIntent() {
        assertThat(events("TEHRAN, June 3 (Newsflow) -- Iran wants to attack Israel, a commander said."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("138 IRN ISR");
        assertThat(events("TOKYO, June 3 (Newsflow) -- Japan wants to help Indonesia after the earthquake."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("033 JPN IDN");
    }

    @Test
    void criticismFacedFromAnotherComesFromThatOther() {
        assertThat(events("BUDAPEST, June 3 (Newsflow) -- Hungary faced sharp criticism from Germany over the law."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("11 DEU HUN");
    }

    @Test
    void aWarningOrBanOnTravelIsNoVisit() {
        assertThat(events("LONDON, June 3 (Newsflow) -- Britain advised against all travel to Mali on Monday.")).isEmpty();
        assertThat(events("OTTAWA, June 3 (Newsflow) -- Canada imposed bans on travel to Canada on Monday."))
                .noneMatch(x -> x.cameo().root().equals("04"));
    }

    @Test
    void aNamesLastWordInLowerCaseAfterAnIndefiniteArticleIsACommonNoun() {
        assertThat(SharedEngine.analyse("Headline", "KANO, June 3 (Newsflow) -- The sect has long fought for a strict "
                + "Islamic state in the north.").entities()).noneMatch(x -> x.name().equals("Islamic State"));
    }

    @Test
    void aListOfCountriesThatMetGivesAMeetingForEachPair() {
        List<NewsEvent> e = events("GENEVA, June 3 (Newsflow) -- Brazil, India, and South Africa met on Tuesday.");
        assertThat(e).extracting(x -> x.cameo().root()).containsOnly("04");
        assertThat(e).extracting(x -> x.source().countryCode() + " " + x.target().countryCode())
                .containsExactlyInAnyOrder("BRA IND", "BRA ZAF", "IND ZAF");
    }

    @Test
    void forcesShownOffAbroadAimAtTheHostCountry() {
        assertThat(events("MOSCOW, June 3 (Newsflow) -- Russia is conducting military exercises in Venezuela."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("15 RUS VEN");
    }

    @Test
    void anAllegedActIsAnAccusationNotAnAct() {
        assertThat(events("KYIV, June 3 (Newsflow) -- Ukraine alleged that Russia shelled the power plant."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("11 UKR RUS");
        assertThat(events("KYIV, June 3 (Newsflow) -- Russia claimed that Ukraine shelled the dam."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("11 RUS UKR");
    }

    @Test
    void weaponsFiredAtACountryAreMilitaryForce() {
        assertThat(events("CARACAS, June 3 (Newsflow) -- Venezuela fired anti-aircraft guns at Colombia on Monday."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("19 VEN COL");
    }

    @Test
    void anOpeningForAListOfLeadersToActIsNoAct() {
        assertThat(events("PARIS, June 3 (Newsflow) -- The vote gives an opening for Macron, Scholz and Meloni to "
                + "criticise Hungary.")).isEmpty();
    }

    @Test
    void peopleKilledInAnAttackANationalityNamesWereKilledByThatCountry() {
        assertThat(events("KYIV, June 3 (Newsflow) -- Five people were killed in Russian shelling of Kharkiv on Monday."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("19 RUS UKR");
        assertThat(events("BEIRUT, June 3 (Newsflow) -- Three people were killed in Israeli air strikes in Lebanon."))
                .extracting(x -> x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("ISR LBN");
    }

    @Test
    void engagingAnotherInAFirefightIsSmallArmsFighting() {
        assertThat(events("ANKARA, June 3 (Newsflow) -- Syrian troops engaged Turkish forces in a firefight on Saturday."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("193 SYR TUR");
    }

    @Test
    void attendingASummitAbroadIsAVisitAndWantingAnotherToActIsAnAppeal() {
        assertThat(events("NEW DELHI, June 3 (Newsflow) -- Modi attended a summit in Brazil on Monday."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("042 IND BRA");
        assertThat(events("BEIJING, June 3 (Newsflow) -- China wants Japan to lift its export curbs."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("02 CHN JPN");
    }

    @Test
    void anActNamedByANounHasTheActorAfterByAsItsSource() {
        assertThat(events("MINSK, June 3 (Newsflow) -- Minsk protested against the declaration by the Polish side of "
                + "a Belarusian consul persona non grata on May 2."))
                .anyMatch(x -> x.cameo().code().equals("161") && x.source().countryCode().equals("POL")
                        && x.target().countryCode().equals("BLR") && x.date().endsWith("-05-02"));
        assertThat(events("WARSAW, June 3 (Newsflow) -- The expulsion by Poland of two Belarusian diplomats angered Minsk."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .contains("161 POL BLR");
    }

    @Test
    void seekingToBolsterCoordinationIsAnIntentToCooperate() {
        assertThat(events("SEOUL, June 3 (Newsflow) -- South Korea is seeking to bolster coordination with Japan."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("030 KOR JPN");
    }

    @Test
    void aQuantityOfSoldiersIsTheirCountryAsSubject() {
        assertThat(events("BEIRUT, June 3 (Newsflow) -- Hundreds of UN troops withdrew from Lebanon on Monday."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("08 UN LBN");
    }

    @Test
    void freeingAnOfficialOfAnotherCountryIsAReleaseOfPersons() {
        assertThat(events("MOSCOW, June 3 (Newsflow) -- Russia freed two Estonian lawmakers on Monday."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("0841 RUS EST");
    }

    @Test
    void theObjectOfAFirstVerbIsNoSubjectOfTheSecond() {
        // the authority, not the US, rejected the mediator; "which" leaves the subject unnamed here, so no event
        assertThat(events("RAMALLAH, June 3 (Newsflow) -- The authority - which considers the US biased and has "
                + "rejected the Trump administration as a mediator - called for a meeting.")).isEmpty();
        // after a verb of saying the actor opens what was said
        assertThat(events("MOSCOW, June 3 (Newsflow) -- Peskov said Moscow could not call the vote fair and criticized "
                + "Moldova.")).extracting(x -> x.cameo().root() + " " + x.source().countryCode())
                .contains("11 RUS");
    }

    @Test
    void byAPhoneIsNoAgent() {
        assertThat(events("JERUSALEM, Oct 22, 2023 (Newsflow) -- Netanyahu spoke by phone with Biden on Sunday."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("041 ISR USA");
    }

    @Test
    void callingALeaderADictatorIsCriticismAndRatifyingAMembershipIsSupport() {
        assertThat(events("BUENOS AIRES, Nov 2, 2024 (Newsflow) -- President Javier Milei called Maduro a dictator."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("111 ARG VEN");
        assertThat(events("BUDAPEST, Feb 26, 2024 (Newsflow) -- Hungary ratified Sweden's NATO membership bid."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("050 HUN SWE");
    }

    @Test
    void vesselsHandedOverSuspendedMembershipAndLongChargesAreCoded() {
        assertThat(events("NEW DELHI, March 4, 2024 (Newsflow) -- India handed over two patrol vessels to Sri Lanka."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("072 IND LKA");
        assertThat(events("ADDIS ABABA, Feb 18, 2024 (Newsflow) -- The African Union suspended Gabon's membership."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("160 AU GAB");
        assertThat(events("PARIS, Oct 3, 2024 (Newsflow) -- French prosecutors charged a Rwandan former army officer "
                + "with genocide.")).extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " "
                        + x.target().countryCode())
                .containsExactly("1121 FRA RWA"); // a charge is an accusation of a crime, as the own gold codes it
    }

    @Test
    void demandInAMarketStoryIsNoPoliticalDemand() {
        assertThat(events("LONDON, March 3, 2025 (Newsflow) -- Oil prices rose as traders weighed demand concerns in "
                + "India.")).isEmpty();
        assertThat(events("BEIJING, March 3, 2025 (Newsflow) -- China demanded Japan apologise."))
                .extracting(x -> x.cameo().root()).containsExactly("10");
    }

    @Test
    void vowingPunishmentThreatensAndTroopsCrossingIntoACountryUseForce() {
        assertThat(events("TEHRAN, Aug 2, 2024 (Newsflow) -- Iran vowed harsh punishment for Israel."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("138 IRN ISR");
        assertThat(events("KYIV, Aug 6, 2024 (Newsflow) -- Ukrainian troops crossed into Russia's Belgorod region."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("19 UKR RUS");
        assertThat(events("WARSAW, Aug 6, 2024 (Newsflow) -- Thousands of migrants crossed into Poland.")).isEmpty();
    }

    @Test
    void civiliansWoundedByAnAttackAndAnAidPackageAnnounced() {
        assertThat(events("KYIV, May 3, 2024 (Newsflow) -- Three Ukrainian civilians were wounded by Russian shelling."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactly("19 RUS UKR");
        assertThat(events("WASHINGTON, Dec 2, 2024 (Newsflow) -- The United States announced a new military aid package "
                + "for Taiwan.")).extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " "
                        + x.target().countryCode())
                .containsExactly("072 USA TWN");
        assertThat(events("LISBON, Dec 2, 2024 (Newsflow) -- Five people were injured in a car crash on Monday.")).isEmpty();
    }

    @Test
    void governmentsThatClashOverAPolicyDisagreeAndASemicolonEndsTheSubjectsClause() {
        assertThat(events("LONDON, Jan 3, 2024 (Newsflow) -- Britain clashed with France over migration policy."))
                .extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target().countryCode())
                .containsExactlyInAnyOrder("11 GBR FRA", "11 FRA GBR");
        assertThat(events("NEW YORK, Jan 3, 2024 (Newsflow) -- Investors bet the Federal Reserve would cut rates; tech "
                + "stocks led the attack on record highs.")).isEmpty();
    }

    @Test
    void strippingCitizenshipIsAnAdministrativeSanction() {
        assertThat(events("MANAGUA, Jan 3, 2024 (Newsflow) -- Nicaragua stripped 40 critics of their citizenship."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode()).containsExactly("172 NIC");
    }

    @Test
    void aMeetingToldInTheLeadAndAgainWithNamesIsOneMeeting() {
        List<NewsEvent> e = events("BEIJING, July 30, 2013 (Newsflow) -- China's foreign minister met Japan's top "
                + "diplomat on Tuesday.\nForeign Minister Wang Yi and his deputy Liu Zhenmin met Japanese Vice Foreign "
                + "Minister Akitaka Saiki, the ministry said.");
        assertThat(e).filteredOn(x -> x.cameo().root().equals("04")).hasSize(1);
        // a meeting on another day between the same two states is another meeting
        assertThat(events("BEIJING, July 30, 2013 (Newsflow) -- China's foreign minister met Japan's top diplomat on "
                + "Tuesday. Wang Yi had met Japan's ambassador on July 2.")).filteredOn(x -> x.cameo().root().equals("04"))
                .hasSize(2);
        // and other named people meeting the same day held a meeting of their own
        assertThat(events("BEIJING, May 13, 2025 (Newsflow) -- Xi Jinping held talks with Lula in Beijing on Tuesday. "
                + "Earlier on Tuesday, Premier Li Qiang met with Lula.")).filteredOn(x -> x.cameo().root().equals("04"))
                .hasSize(2);
    }

    @Test
    void nationalistsProtestingOutsideAnEmbassyProtestAgainstItsState() {
        assertThat(events("BELGRADE, March 3, 2025 (Newsflow) -- Hundreds of Serb nationalists protested outside the "
                + "Croatian embassy on Thursday.")).extracting(x -> x.cameo().root() + " " + x.source().countryCode()
                        + " " + x.target().countryCode())
                .containsExactly("14 SRB HRV");
    }

    @Test
    void sanctionsTargetingProjectsAreNoAttack() {
        assertThat(events("BRUSSELS, June 24, 2024 (Newsflow) -- EU ministers approved new sanctions against Belarus, "
                + "targeting potash exports for the first time.")).extracting(x -> x.cameo().root())
                .containsExactly("16");
    }

    @Test
    void twoMediatorsMediateTogetherNotWithEachOther() {
        assertThat(events("CAIRO, Jan 5, 2024 (Newsflow) -- Egypt and Qatar have been mediating between the two sides."))
                .extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " " + x.target())
                .containsExactlyInAnyOrder("045 EGY null", "045 QAT null");
    }

    @Test
    void aRelativeClauseBetweenCommasStandsBetweenTheSubjectAndItsVerb() {
        assertThat(events("RIYADH, March 21, 2025 (Newsflow) -- Saudi Arabia, which hosted earlier talks in Jeddah, "
                + "welcomed the truce.")).extracting(x -> x.cameo().root() + " " + x.source().countryCode())
                .containsExactly("04 SAU", "05 SAU"); // the hosting is Saudi Arabia's too
    }

    @Test
    void recapturingAPalaceFromAnArmedGroupIsOccupation() {
        assertThat(events("KHARTOUM, March 21, 2025 (Newsflow) -- Sudan's army said on Friday it had recaptured the "
                + "presidential palace from the Rapid Support Forces.")).extracting(x -> x.cameo().code() + " "
                        + x.source().countryCode() + " " + x.target().name())
                .containsExactly("192 SDN Rapid Support Forces");
    }

    @Test
    void diplomatsOrderedOutAndStaffWithdrawnFromEachCountryButNotAnotherLeadersCountry() {
        List<NewsEvent> e = events("CARACAS, July 29, 2024 (Newsflow) -- Venezuela ordered diplomats from seven Latin "
                + "American countries to leave. The foreign ministry said it was withdrawing its diplomatic staff from "
                + "Chile and Peru. Milei called Maduro a dictator and said his country would not recognize the result.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.source().countryCode() + " "
                + (x.target() == null ? "-" : x.target().countryCode()))
                .containsExactly("161 VEN -", "161 VEN CHL", "161 VEN PER", "111 ARG VEN");
    }

    @Test
    void countriesThatCondemnTogetherCondemnSomeoneElseAndACouncilNamingItsResolutionsIsNoTarget() {
        List<NewsEvent> e = events("SEOUL, Jan. 14, 2024 (Newsflow) -- South Korea, the United States and Japan "
                + "condemned the launch as a clear violation of U.N. Security Council resolutions.");
        assertThat(e).extracting(x -> x.cameo().root() + " " + x.source().countryCode() + " " + x.target())
                .containsExactlyInAnyOrder("11 USA null", "11 JPN null", "11 KOR null");
        // what each does to the other keeps the pair
        assertThat(events("KYIV, Nov 20, 2024 (Newsflow) -- Russia and Ukraine accused each other of shelling the "
                + "plant.")).extracting(x -> x.source().countryCode() + " " + x.target().countryCode())
                .contains("RUS UKR");
        assertThat(events("SEOUL, Nov 20, 2024 (Newsflow) -- The commission issued a statement warning that voters "
                + "deserve transparency.")).isEmpty();
    }

    @Test
    void aReactionToAnActToldBeforeTargetsWhoeverDidIt() {
        List<NewsEvent> e = events("SEOUL, Jan. 14, 2024 (Newsflow) -- North Korea fired a ballistic missile into the "
                + "sea on Sunday. Japan and Australia condemned the launch.");
        assertThat(e).filteredOn(x -> x.cameo().root().equals("11"))
                .extracting(x -> x.source().countryCode() + " " + x.target().countryCode())
                .containsExactlyInAnyOrder("JPN PRK", "AUS PRK");
    }

    @Test
    void aThingAsSubjectAPhoneCallOnADateAndPeopleCountedOneByOneAreNoActors() {
        // the lander, not the speaker before it, would be ready; "the call on July 25" is a phone call
        assertThat(events("HOUSTON, May 2, 2024 (Newsflow) -- Director Tom Aske of Norland's space agency declined "
                + "to state when the lander would be ready for the missions.")).isEmpty();
        assertThat(events("WASHINGTON, Nov 19, 2019 (Newsflow) -- Senator Ann Doyle told the committee, \"I feared at "
                + "the time of the call on July 25 how it would play.\"")).isEmpty();
        assertThat(events("PARIS, June 2, 2024 (Newsflow) -- Two Russians attacked a police officer in Paris."))
                .isEmpty();
        // a people named as a whole still acts as its state, and the counted ones are still a target
        assertThat(coded("KYIV, June 2, 2024 (Newsflow) -- The Russians attacked Kharkiv again on Sunday."))
                .contains("RUS 190 UKR");
        assertThat(coded("TEHRAN, June 2, 2024 (Newsflow) -- Iran arrested three Americans on Sunday."))
                .contains("IRN 173 USA");
    }

    @Test
    void aStatesOwnSecurityCouncilIsNotTheUnsOne() {
        assertThat(events("WASHINGTON, Nov 19, 2019 (Newsflow) -- Former National Security Council official Ann "
                + "Doyle urged Ukraine to act.")).isNotEmpty().extracting(x -> x.source().countryCode())
                .doesNotContain("UNSC");
        assertThat(events("NEW YORK, Nov 19, 2019 (Newsflow) -- Deputy UN envoy Dmitry Polyansky urged Ukraine to act."))
                .extracting(x -> x.source().countryCode()).containsExactly("UN");
    }

    @Test
    void summoningAnEnvoyToProtestIsOneComplaintAndAVenueIsNoPartner() {
        assertThat(coded("ISLAMABAD, Oct 2, 2024 (Newsflow) -- Pakistan summoned India's deputy high commissioner to "
                + "protest against the killing of civilians.")).containsExactly("PAK 114 IND");
        assertThat(coded("WASHINGTON, Aug 8, 2025 (Newsflow) -- Armenia and Azerbaijan signed a peace agreement at "
                + "the White House.")).containsExactly("ARM 057 AZE");
    }

    @Test
    void violenceByProtestersIsAViolentProtestNotTheirStatesForce() {
        assertThat(coded("ISLAMABAD, Aug 30, 2014 (Newsflow) -- Scores of protesters, mainly women carrying hammers and "
                + "iron rods, reportedly broke down a fence outside the parliament building.")).containsExactly("PAK 145 PAK");
        assertThat(coded("COLOMBO, July 9, 2022 (Newsflow) -- Protesters stormed the parliament building in Colombo."))
                .containsExactly("LKA 145 LKA");
        assertThat(coded("KYIV, June 2, 2024 (Newsflow) -- Russian troops stormed the village on Monday."))
                .isNotEmpty().allMatch(c -> c.startsWith("RUS 19"));
    }

    @Test
    void sayingAStateCommitsGenocideAccusesIt() {
        assertThat(coded("ANKARA, Nov 2, 2023 (Newsflow) -- Turkish President Tayyip Erdogan said on Monday that Israel "
                + "had committed war crimes in Gaza.")).containsExactly("TUR 1124 ISR");
    }

    @Test
    void anAttackNamedWithAdjectivesIsTheAgentOfAPassiveAndTheMeansOfAKilling() {
        assertThat(coded("KYIV, Dec 29, 2023 (Newsflow) -- Ukraine was hit by a massive Russian missile attack on "
                + "Friday.")).containsExactly("RUS 190 UKR");
        assertThat(coded("GAZA, Dec 29, 2023 (Newsflow) -- Five people were killed in a fresh Israeli air strike on "
                + "Friday.")).containsExactly("ISR 190 PSE");
    }

    @Test
    void anIngClauseOpenedByAfterHasTheMainClausesSubject() {
        assertThat(coded("CAIRO, Oct 12, 2023 (Newsflow) -- After meeting Egyptian President Abdel Fattah al-Sisi, "
                + "Blinken flew to Jordan.")).containsExactly("USA 044 EGY", "USA 042 JOR");
    }

    @Test
    void eachOtherGoesBothWaysAndWarningsAndRepressionHaveTheirCodes() {
        assertThat(coded("KYIV, Apr 20, 2025 (Newsflow) -- Russia and Ukraine accused each other of violating the "
                + "Easter truce.")).containsExactlyInAnyOrder("RUS 112 UKR", "UKR 112 RUS");
        assertThat(coded("JERUSALEM, Sep 20, 2024 (Newsflow) -- Netanyahu warned Hezbollah that it would pay a heavy "
                + "price.")).containsExactly("ISR 130 LBN");
        assertThat(coded("NAIROBI, June 25, 2024 (Newsflow) -- Kenyan police shot dead two protesters during "
                + "demonstrations.")).containsExactly("KEN 175 KEN");
    }

    @Test
    void aPhoneCallReceivedIsTheCallersAndReleasedForeignersAreTheirStatesPeople() {
        assertThat(coded("RIYADH, Mar 3, 2024 (Newsflow) -- Saudi Crown Prince Mohammed bin Salman received a phone call "
                + "from French President Emmanuel Macron.")).containsExactly("FRA 041 SAU");
        assertThat(coded("KABUL, Sep 14, 2024 (Newsflow) -- The Taliban government released a British couple."))
                .containsExactly("AFG 0841 GBR");
    }

    @Test
    void aTimeNextToTheSayingDatesTheSayingAndTheActTakesItsOwn() {
        List<NewsEvent> e = events("MOSCOW, March 15, 2024 (Newsflow) -- Russia said on Friday it had expelled two "
                + "Estonian diplomats a day earlier.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.date()).isEqualTo("2024-03-14"));
        // a time in a clause of its own after a comma is that clause's
        List<NewsEvent> truce = events("KHARTOUM, Oct 12, 2025 (Newsflow) -- The RSF said on Sunday it had agreed to a "
                + "humanitarian truce with the army, a day after its fighters shelled a camp.");
        assertThat(truce).filteredOn(x -> x.cameo().root().equals("08"))
                .allSatisfy(x -> assertThat(x.date()).isEqualTo("2025-10-12"));
    }

    @Test
    void sorrowIsCondolenceAndDefendingNeedsSomeoneDefended() {
        assertThat(coded("MOSCOW, Jan 3, 2024 (Newsflow) -- Putin expressed deep sorrow over the deaths of Turkish "
                + "citizens.")).containsExactly("RUS 018 TUR");
        assertThat(events("ISLAMABAD, Oct 13, 2025 (Newsflow) -- Pakistan would defend its territory, the minister said."))
                .isEmpty();
    }

    @Test
    void itsMinistryIsTheStateNamedBeforeAndAWarningToPayDearlyIsAThreatAcrossQuoteMarks() {
        List<NewsEvent> e = events("SEOUL, March 10, 2025 (Newsflow) -- Pyongyang has denounced the drills. Its foreign "
                + "ministry warned on Sunday that the allies would \"pay dearly\" for the exercise. The two allies began "
                + "their annual exercise, the foreign ministry said.");
        assertThat(e).filteredOn(x -> x.cameo().code().equals("130")).singleElement().satisfies(x -> {
            assertThat(x.source().countryCode()).isEqualTo("PRK");
            assertThat(x.date()).isEqualTo("2025-03-09");
        });
    }

    @Test
    void aSecondVerbAfterAndIsNoDescribingParticipleAndTakesItsOwnObject() {
        List<NewsEvent> e = events("MAPUTO, Oct 25, 2024 (Newsflow) - Mondlane on Friday rejected the results of this "
                + "month's election and called on his supporters to stage a nationwide strike.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + (x.target() == null ? "-" : x.target().countryCode())
                + " " + x.date()).containsExactly("120 - 2024-10-25", "113 MOZ 2024-10-25");
        assertThat(coded("MAPUTO, Oct 25, 2024 (Newsflow) - Mondlane rejected the results and urged Portugal to help."))
                .containsExactly("MOZ 120 -", "MOZ 020 PRT");
    }

    @Test
    void theTwoSidesAreThePartiesOfTheTalksToldBeforeAndTheSummitIsWithTheOtherOne() {
        assertThat(coded("HANOI, Dec. 12, 2023 (Newsflow) -- Xi Jinping held talks with Nguyen Phu Trong on Tuesday. "
                + "The two sides agreed to build a community with a shared future. Following the talks, the two leaders "
                + "witnessed the signing of 36 cooperation documents."))
                .containsExactly("CHN 044 VNM", "CHN 030 VNM", "CHN 057 VNM");
        assertThat(coded("BEIJING, July 30, 2013 (Newsflow) -- China's foreign minister met Japan's top diplomat on "
                + "Tuesday. Tokyo had suggested the summit in a bid to defuse a dispute.")).containsExactly("CHN 044 JPN",
                "JPN 036 CHN");
        // without talks told before, "the two sides" refer to nobody
        assertThat(events("HANOI, Dec. 12, 2023 (Newsflow) -- The two sides agreed to build a community.")).isEmpty();
    }

    @Test
    void courtsJailAndOrderArrestsAndStrikingDownALawIsNoAttack() {
        assertThat(coded("MOSCOW, Dec 9, 2022 (Newsflow) - A Moscow court jailed opposition politician Ilya Yashin for "
                + "eight and a half years.")).containsExactly("RUS 173 RUS");
        assertThat(coded("ISTANBUL, Mar 23, 2025 (Newsflow) - A Turkish court ordered the arrest of Istanbul Mayor Ekrem "
                + "Imamoglu on corruption charges.")).containsExactly("TUR 173 TUR");
        assertThat(events("NEW DELHI, Feb 15, 2024 (Newsflow) - India's Supreme Court struck down the electoral bonds "
                + "scheme.")).isEmpty();
    }

    @Test
    void tariffsHaltedTradeAndSuspendedTalksReduceRelations() {
        assertThat(coded("WASHINGTON, Aug 6, 2025 (Newsflow) - President Donald Trump on Wednesday imposed a 25% tariff on "
                + "imports from India.")).containsExactly("USA 163 IND");
        assertThat(coded("ANKARA, May 2, 2024 (Newsflow) - Turkey halted all trade with Israel.")).containsExactly("TUR 163 ISR");
        assertThat(coded("OTTAWA, June 27, 2025 (Newsflow) - Canada suspended trade talks with the United States."))
                .containsExactly("CAN 164 USA");
        assertThat(events("NEW YORK, June 27, 2025 (Newsflow) - The New York Stock Exchange halted trading in shares of "
                + "Apple after a glitch.")).isEmpty();
    }

    @Test
    void anIngClauseAfterTheSayingIsTheSayersOnlyWhenTheSayerIsKnown() {
        assertThat(coded("MOSCOW, Apr 23, 2024 (Newsflow) - \"This will not change anything,\" Kremlin spokesman Dmitry "
                + "Peskov told reporters in Moscow, accusing Washington of prolonging the war.")).containsExactly("RUS 112 USA");
        assertThat(coded("SEOUL, Apr 23, 2024 (Newsflow) - North Korea fired a missile, an unnamed military official said, "
                + "calling the move a provocation.")).containsExactly("PRK 150 -");
        // in a story on the peninsula "the South" is South Korea; "the move" it condemns is the North's launch
        assertThat(coded("SEOUL, Apr 23, 2024 (Newsflow) - North Korea fired a missile, the South's military said, calling "
                + "the move a provocation.")).containsExactly("PRK 150 -", "KOR 111 PRK");
    }

    @Test
    void respondingToAnExpulsionIsAThreatAndRespondingToQuestionsIsNothing() {
        assertThat(coded("MOSCOW, March 3, 2024 (Newsflow) - Moscow will respond to the expulsion of its diplomats from "
                + "Estonia, the spokeswoman said on Thursday.")).containsExactly("RUS 130 EST");
        assertThat(events("MOSCOW, March 3, 2024 (Newsflow) - The ministry will respond to questions from journalists."))
                .isEmpty();
    }

    @Test
    void hopingAnotherWillActDissatisfactionAndCountermeasures() {
        assertThat(coded("BEIJING, May 5, 2025 (Newsflow) -- China hopes the United States will stop its wrong practices."))
                .containsExactly("CHN 020 USA");
        assertThat(coded("BEIJING, May 5, 2025 (Newsflow) -- China expressed strong dissatisfaction with the U.S. decision."))
                .containsExactly("CHN 110 USA");
        assertThat(coded("BEIJING, May 5, 2025 (Newsflow) -- China will take resolute countermeasures against the U.S. "
                + "companies.")).containsExactly("CHN 130 USA");
    }

    @Test
    void anObjectPastItsArticleIsNoSubjectAndASecondAllegedClauseIsAllegedToo() {
        assertThat(events("WASHINGTON, Nov 20, 2019 (Newsflow) - During the call, he asked about the Muslim Brotherhood, "
                + "called Omar a terrorist and hung up.")).isEmpty();
        assertThat(coded("KIGALI, Aug 5, 2008 (Newsflow) - Rwanda alleged that France was aware of the preparations, and "
                + "that the French military helped to carry out killings.")).containsExactly("RWA 112 FRA");
        assertThat(events("WASHINGTON, Nov 20, 2019 (Newsflow) - Vindman deflected Republican attacks on his testimony."))
                .isEmpty();
    }

    @Test
    void aSayerPastItsRelativeClauseStillSays() {
        assertThat(coded("NEW YORK, Apr 23, 2024 (Newsflow) - UN Secretary-General Antonio Guterres, who visited the "
                + "camp on Monday, said the aid should be delivered at once.")).containsExactly("UN 020 -");
        // a state's own business told as an obligation asks no one: "the money should be spent at home"
        assertThat(coded("WASHINGTON, Apr 23, 2024 (Newsflow) - Republican Senator Rand Paul, who voted against the "
                + "package, said the money should be spent at home.")).isEmpty();
    }

    @Test
    void aCourtesyCallIsTheVisitorsAnAppealsTargetIsWhoIsAskedAndPushingToHoldASummitIsAnIntent() {
        assertThat(coded("JAKARTA, Jan 9, 2025 (Newsflow) - Indonesian Foreign Minister Sugiono received a courtesy call "
                + "from the Australian ambassador on Monday.")).containsExactly("AUS 042 IDN");
        assertThat(coded("ISLAMABAD, Aug 30, 2022 (Newsflow) - Prime Minister Shehbaz Sharif called on the international "
                + "community to help flood-hit Pakistan.")).containsExactly("PAK 020 -");
        assertThat(coded("SEOUL, Jan. 9, 2025 (Newsflow) -- South Korea will push to hold a summit with Japan next month."))
                .containsExactly("KOR 036 JPN");
    }

    @Test
    void visitingABorderIsNoVisitToAState() {
        assertThat(events("WASHINGTON, Oct 2, 2019 (Newsflow) - Rep. David McKinley visited the U.S.-Mexico border near "
                + "McAllen, Texas.")).isEmpty();
        assertThat(coded("WASHINGTON, Oct 2, 2023 (Newsflow) - Biden visited Mexico on Monday.")).containsExactly("USA 042 MEX");
    }

    @Test
    void aPlaceAfterAPrepositionAndAnAdjectiveIsNoSubject() {
        assertThat(coded("BEIRUT, Oct 2, 2024 (Newsflow) - An Israeli strike on a car in southern Lebanon killed two "
                + "Hezbollah members.")).containsExactly("ISR 190 LBN");
        assertThat(coded("KABUL, Dec 25, 2024 (Newsflow) - Pakistani air strikes in eastern Afghanistan killed 46 people."))
                .containsExactly("PAK 190 AFG");
    }

    @Test
    void forcesAircraftInAReportedClauseActForTheStoryState() {
        assertThat(coded("KABUL, Feb. 5, 2018 (Newsflow) -- Jamshidi also said that the security forces aircraft would "
                + "continue to bomb the enemies positions.")).containsExactly("AFG 138 -");
    }

    @Test
    void anIngClauseOpeningTheSentenceHasTheMainClausesSubject() {
        assertThat(coded("GENEVA, June 19, 2023 (Newsflow) - Praising the total amount of pledges, Filippo Grandi, the UN "
                + "high commissioner for refugees, spoke of a good day.")).containsExactly("UN 051 -");
    }

    @Test
    void speakingOfStrongTiesPraisesThePartner() {
        assertThat(coded("BERLIN, Aug 30, 2012 (Newsflow) - Foreign Minister Guido Westerwelle spoke of the strong ties "
                + "between Germany and China.")).containsExactly("DEU 051 CHN");
        assertThat(coded("NEW YORK, Aug 30, 2012 (Newsflow) - Russia blocked efforts by the United Nations Security Council "
                + "to pass a resolution.")).containsExactly("RUS 129 UNSC");
    }

    @Test
    void fightingBetweenTheArmyAndAGroupIsTheStatesFightWithIt() {
        assertThat(coded("KHARTOUM, June 19, 2023 (Newsflow) - The fighting between the army and the RSF has displaced "
                + "millions.")).containsExactly("SDN 190 SDN");
    }

    @Test
    void aNounGivenATaskIsTheSubjectOfTheTask() {
        assertThat(coded("WASHINGTON, Nov 20, 2019 (Newsflow) - Russia would not accept another prosecutor entrusted by "
                + "Ukraine to investigate the deal.")).containsExactly("RUS 120 UKR"); // its refusal, not an investigation
        assertThat(coded("MOSCOW, Nov 20, 2019 (Newsflow) - Russia has appointed a prosecutor to investigate the attack."))
                .containsExactly("RUS 090 -");
    }

    @Test
    void coordinatedTroopsClashWithNoPassiveAndTheTwoSidesAgreeTogether() {
        assertThat(coded("NEW DELHI, Oct 14, 2021 (Newsflow) - Indian and Chinese troops clashed in the valley in June "
                + "2020.")).containsExactlyInAnyOrder("IND 190 CHN", "CHN 190 IND");
        assertThat(coded("NEW DELHI, Oct 14, 2021 (Newsflow) - India and China on Thursday agreed to speed up the "
                + "pullback. Russia agreed to cut its output.")).containsExactly("IND 030 CHN");
        assertThat(coded("NEW DELHI, Oct 14, 2021 (Newsflow) - India and China held talks on Thursday. The two sides "
                + "agreed to maintain calm on the ground.")).containsExactly("IND 044 CHN", "IND 030 CHN");
    }

    @Test
    void theChineseSideIsChina() {
        assertThat(coded("NEW DELHI, Oct 14, 2021 (Newsflow) - India hopes the Chinese side will work towards an early "
                + "resolution.")).containsExactly("IND 020 CHN");
    }

    @Test
    void aRoundOfTalksIsTheJointSubjectsMeetingAndAQuotedMustIsStillAnAppeal() {
        assertThat(coded("YEREVAN, May 2, 2024 (Newsflow) - Armenia and Azerbaijan made progress during the latest round "
                + "of talks.")).containsExactly("ARM 040 AZE");
        assertThat(coded("BEIJING, July 8, 2024 (Newsflow) - Chinese Foreign Ministry spokeswoman Mao Ning warned that "
                + "Japan \"should not harm the interests of third parties.\"")).containsExactly("CHN 020 JPN");
    }

    @Test
    void aDescriptionAfterAParticipleIsTheMainActsTargetAndWarplanesFiringMissilesAttack() {
        assertThat(coded("MOSCOW, Jan 14, 2023 (Newsflow) - Russia expelled a Moldovan diplomat, accusing the envoy of "
                + "spying.")).containsExactly("RUS 161 MDA", "RUS 1125 MDA");
        assertThat(coded("DAMASCUS, Jan 14, 2023 (Newsflow) - Israeli warplanes fired several missiles from the Golan "
                + "Heights. North Korea fired several missiles into the sea.")).containsExactly("ISR 195 -", "PRK 150 -");
    }

    @Test
    void aThreatToRespondAnswersTheLatestAttackOnTheThreateningState() {
        assertThat(coded("TEHRAN, Jan 14, 2023 (Newsflow) - An Israeli air strike near Damascus killed two Iranian "
                + "advisers. Iran's foreign ministry spokesman said the attack violated Syria's sovereignty and warned that "
                + "the Islamic Republic reserves the right to respond.")).contains("IRN 130 ISR");
    }

    @Test
    void aRelativePronounAfterACommaStandsForTheNameBeforeIt() {
        assertThat(coded("ABUJA, Aug 4, 2023 (Newsflow) - The West African bloc ECOWAS, which has imposed sanctions on "
                + "Niger, said its chiefs would meet in Abuja next week to finalise a plan to restore President Mohamed "
                + "Bazoum.")).containsExactly("ECOWAS 163 NER", "ECOWAS 036 -");
    }

    @Test
    void revokedAgreementsAndTroopsOrderedOutWithdrawRelations() {
        assertThat(coded("NIAMEY, Aug 4, 2023 (Newsflow) - Niger's military rulers revoked defence agreements with France "
                + "and ordered the roughly 1,500 French troops stationed in the country to leave.")).containsExactly(
                        "NER 166 FRA", "NER 166 FRA");
    }

    @Test
    void aPhraseWrittenAsNoEventWinsFromItsFirstWordAndAnAcronymInBracketsIsWhereItsNameIs() {
        assertThat(coded("KYIV, Nov 14, 2023 (Newsflow) - Ukraine's air defence shot down 25 attack drones launched by "
                + "Russia overnight. Its units repelled 14 attacks near Avdiivka.")).isEmpty();
        assertThat(coded("BERLIN, Nov 6, 2024 (Newsflow) - Chancellor Olaf Scholz dismissed Finance Minister Christian "
                + "Lindner. Opposition leader Friedrich Merz of the conservative Christian Democrats (CDU) called on "
                + "Scholz to hold the vote at once.")).containsExactly("DEU 020 DEU");
    }

    @Test
    void anAttemptUnderWayIsTheActAndASecondReportedClauseKeepsItsSayer() {
        assertThat(coded("KYIV, Nov 14, 2023 (Newsflow) - Russian forces have been trying to encircle Avdiivka since "
                + "October.")).containsExactly("RUS 191 UKR");
        assertThat(coded("PARIS, Aug 3, 2023 (Newsflow) - France's foreign ministry said the accords had been signed with "
                + "lawful authorities and that it did not recognise the decision of Niger's junta.")).containsExactly("FRA 120 NER");
    }

    @Test
    void whatAStatementIssuedDoesIsItsIssuersAndASpokesmanSpeaksForHisBody() {
        assertThat(coded("Pyongyang, November 5, 2024 (Newsflow) -- A spokesman for the Ministry of National Defence of "
                + "the DPRK issued a press statement on Tuesday denouncing the drill staged by the U.S. and the ROK. "
                + "Kim Yo Jong also issued a statement criticizing Japan for joining the drills.")).containsExactly(
                        "PRK 111 USA", "PRK 111 KOR", "USA 150 -", "KOR 150 -", "PRK 110 JPN"); // the drills staged
        assertThat(coded("LONDON, Nov 5, 2019 (Newsflow) - The Electoral Commission issued a statement warning that voters "
                + "are entitled to transparency.")).isEmpty();
    }

    @Test
    void aRejectedClaimAnswersWhoClaimedAndAWhereClauseHappensInThePlaceBeforeIt() {
        assertThat(coded("GAZA, Nov 5, 2024 (Newsflow) - Hamas accused Israeli Prime Minister Benjamin Netanyahu of "
                + "obstructing an agreement. Netanyahu's office rejected the claim.")).containsExactly(
                        "PSE 112 ISR", "ISR 120 PSE");
        assertThat(coded("ANKARA, Nov 5, 2024 (Newsflow) - Aid reached Lebanon, where Israeli strikes have displaced "
                + "thousands. Ukraine, where Russian forces shelled Kherson, asked for help.")).containsExactly(
                        "ISR 190 LBN", "RUS 194 UKR", "UKR 023 -");
    }

    @Test
    void anAppealIsMadeWhenToldAndAPresentPerfectTakesTheDayItRunsSince() {
        List<NewsEvent> appeal = events("BERLIN, Nov 6, 2024 (Newsflow) - Opposition leader Friedrich Merz called on "
                + "Chancellor Olaf Scholz to hold the vote at once rather than wait until January.");
        assertThat(appeal).extracting(e -> e.cameo().root() + " " + e.date()).containsExactly("02 2024-11-06");
        List<NewsEvent> killed = events("GAZA, Oct 19, 2024 (Newsflow) - At least 32 Palestinians have been killed in "
                + "Israeli air strikes since dawn on Saturday.");
        assertThat(killed).extracting(e -> e.cameo().root() + " " + e.date()).containsExactly("19 2024-10-19");
    }

    @Test
    void receivingAVisitorHostsHimAndTheForeignMinistrysSeatStandsForTheState() {
        assertThat(coded("ABU DHABI, Jan 14, 2025 (Newsflow) -- UAE President Mohamed bin Zayed received Kenyan President "
                + "William Ruto. The two presidents discussed ways to strengthen cooperation. Ruto expressed his "
                + "appreciation to the UAE for its support. Ascom received FDA 510(k) clearance for its platform."))
                .containsExactly("ARE 043 KEN", "ARE 040 KEN", "KEN 051 ARE");
        assertThat(coded("KUALA LUMPUR, March 4, 2024 (Newsflow) -- Wisma Putra today summoned the Ambassador of Myanmar "
                + "to convey Malaysia's strong protest.")).containsExactly("MYS 114 MMR");
    }

    @Test
    void aSentenceSoughtIsNoJailing() {
        assertThat(coded("LOS ANGELES, Nov 25, 2024 (Newsflow) - The District Attorney's Office had sought a 14-year "
                + "sentence for the former minister.")).isEmpty();
        assertThat(coded("LOS ANGELES, Nov 25, 2024 (Newsflow) - The court jailed the former minister for 14 years."))
                .containsExactly("USA 173 -"); // the same words as an act are coded
    }

    @Test
    void aResolutionAdoptedDemandsForTheCouncilAndAnArrestDeploredIsNoArrest() {
        assertThat(coded("NEW YORK, March 8, 2024 (Newsflow) - The UN Security Council on Friday adopted a resolution "
                + "demanding an immediate halt to hostilities in Sudan.")).extracting(c -> c.substring(0, 9))
                .containsExactly("UNSC 1056");
        assertThat(coded("WASHINGTON, March 8, 2024 (Newsflow) - \"We are deeply concerned by the arbitrary arrest of "
                + "opposition leaders,\" State Department spokesman Matthew Miller told reporters.")).noneMatch(
                        c -> c.contains(" 17"));
    }

    @Test
    void aMediatorsTalksAreAlsoThePartiesAndARefusalWhoseOwnerIsNamedRejects() {
        assertThat(coded("CAIRO, March 8, 2024 (Newsflow) - Egypt mediated talks between Israel and Hamas."))
                .containsExactly("EGY 045 ISR", "EGY 045 PSE", "ISR 044 PSE");
        assertThat(coded("ABIDJAN, Oct 28, 2015 (Newsflow) - He heads the party of ex-president Laurent Gbagbo whose "
                + "refusal to accept Ouattara's win in 2010 sparked a conflict.")).containsExactly("CIV 120 CIV");
    }

    @Test
    void suspendedSupportOfferedAidAnnouncedWeaponsAndARetakenCapital() {
        assertThat(coded("BRUSSELS, Aug 3, 2023 (Newsflow) - The European Union suspended budget support to Niger. Seoul "
                + "offered humanitarian aid to Pyongyang. The Pentagon announced a new weapons package for Ukraine. "
                + "Sudan's army retook the capital from the RSF.")).containsExactly("EU 162 NER", "KOR 033 PRK",
                        "USA 072 UKR", "SDN 192 SDN");
    }

    @Test
    void passivesWithTheirAgentAfterBy() {
        assertThat(coded("BRUSSELS, Aug 3, 2023 (Newsflow) - The agreement was signed by Serbia and Kosovo in Brussels. "
                + "Sanctions were imposed on Belarus by the European Union. Hostages were freed by Hamas. Pyongyang "
                + "condemned the drills staged by the US.")).containsExactly("SRB 057 XKX", "EU 163 BLR", "PSE 0841 -",
                        "PRK 111 USA", "USA 150 -");
    }

    @Test
    void arrangingOrConsideringAMeetingIntendsItAndTheGovernmentsOfStatesAreTheStates() {
        assertThat(coded("TOKYO, Nov 12, 2024 (Newsflow) - Japanese Prime Minister Shigeru Ishiba is arranging to hold talks "
                + "with South Korean President Yoon Suk Yeol. Ishiba is also considering meeting Chinese President Xi "
                + "Jinping.")).containsExactly("JPN 036 KOR", "JPN 036 CHN");
        assertThat(coded("HAVANA, Jan 15, 2025 (Newsflow) - Cuba thanked the governments of Mexico and Brazil for their "
                + "solidarity.")).containsExactly("CUB 051 MEX", "CUB 051 BRA");
    }

    @Test
    void itAfterARelativeClauseIsTheSubjectBeforeTheClause() {
        assertThat(coded("BEIRUT, Nov 26, 2024 (Newsflow) - Iran, which backs Hezbollah, said it supported any decision "
                + "taken by the Lebanese government.")).containsExactly("IRN 050 LBN", "IRN 050 LBN");
    }

    private static List<String> named(String body) {
        return events(body).stream().map(e -> e.source().name() + " " + e.cameo().code() + " "
                + (e.target() == null ? "-" : e.target().name())).toList();
    }

    @Test
    void unnamedFightersActAsAGroupOfTheirOwnWithoutACountry() {
        assertThat(named("ABUJA, Nov 12, 2024 (Newsflow) - Gunmen killed five soldiers in northern Nigeria on Sunday. "
                + "Kurdish militants attacked a Turkish army post near the border. Two policemen were shot dead by "
                + "armed men in Kaduna.")).containsExactly("gunmen 190 Nigeria", "Kurdish militants 180 Turkey",
                        "armed men 193 Nigeria");
        List<NewsEvent> e = events("ABUJA, Nov 12, 2024 (Newsflow) - Gunmen killed five soldiers on Sunday.");
        assertThat(e.get(0).source().countryCode()).isNull();
        assertThat(e.get(0).source().kind()).isEqualTo(io.newsflow.contract.EntityKind.ORGANIZATION);
    }

    @Test
    void unnamedFightersAreTheTargetAndTheirHideoutsAreTheirs() {
        assertThat(named("ISLAMABAD, Nov 12, 2024 (Newsflow) - Pakistani troops killed 12 militants in North Waziristan. "
                + "Pakistani jets struck militant hideouts in the Khyber district.")).containsExactly(
                        "Pakistan 190 militants", "Pakistan 195 militants");
    }

    @Test
    void aNamedGroupOrANationalityBeforeTheFightersIsTheActorButAStanceIsNot() {
        assertThat(named("NAIROBI, Nov 12, 2024 (Newsflow) - Suspected Boko Haram militants abducted 20 girls. Somali "
                + "militants attacked a Kenyan army base.")).containsExactly("Boko Haram 181 -", "Somalia 180 Kenya");
        assertThat(named("KYIV, Nov 12, 2024 (Newsflow) - Pro-Russian separatists shelled Ukrainian army positions. "
                + "Kremlin-backed rebels attacked a checkpoint in Ukraine.")).extracting(c -> c.substring(0, c.lastIndexOf(' ')))
                .containsExactly("Pro-Russian separatists 194", "Kremlin-backed rebels 180");
    }

    @Test
    void wordsThatDescribeANounOrNameAGroupAfterThemMakeNoFighters() {
        assertThat(named("KABUL, Nov 12, 2024 (Newsflow) - A terrorist attack killed 10 people in Kabul.")).isEmpty();
        assertThat(named("GOMA, Nov 12, 2024 (Newsflow) - Rebels of the M23 movement seized the town of Sake."))
                .noneMatch(c -> c.startsWith("rebels") || c.startsWith("Rebels"));
    }

    @Test
    void fightersKilledInAStrikeOnANamedGroupAreItsOutcomeAndItsFighters() {
        // one act each: the killing repeats the strike, and the militants whose bastion it was are the Taliban
        assertThat(named("KABUL, Feb 5, 2018 (Newsflow) - Afghan warplanes struck Taliban hideouts in Faryab, killing 12 "
                + "rebels. On Sunday the Afghan air force pounded militants' bastion in Taliban-controlled Wardoj district."))
                .containsExactly("Afghanistan 195 Taliban", "Afghan Air Force 195 Taliban");
    }

    @Test
    void theChargeAfterForOrOfIsNoTarget() {
        assertThat(coded("TUNIS, Aug 6, 2008 (Newsflow) - A Tunisian court has jailed a man for two years for helping young "
                + "militants join an armed group in Lebanon. Iran arrested two men for spying for Israel.")).containsExactly(
                        "TUN 173 -", "IRN 173 -");
        assertThat(coded("TEHRAN, Aug 6, 2008 (Newsflow) - Iran sentenced Britain's envoy for spying for Israel."))
                .containsExactly("IRN 173 GBR");
    }

    @Test
    void aCallOnSomeoneThatAsksNothingIsACourtesyCallAndAVisitHereIsToTheDatelinesCountry() {
        assertThat(named("ISLAMABAD, Jan 15, 2025 (Newsflow) - Iranian Interior Minister Eskandar Momeni, who arrived "
                + "here on Tuesday on a two-day official visit, called on Prime Minister Muhammad Shehbaz Sharif at the PM "
                + "House the same evening.")).containsExactly("Eskandar Momeni 042 Pakistan",
                        "Eskandar Momeni 040 Muhammad Shehbaz Sharif");
        assertThat(coded("ISLAMABAD, Jan 15, 2025 (Newsflow) - Pakistan called on India to show restraint."))
                .containsExactly("PAK 0256 IND");
        assertThat(coded("MANILA, Nov 26, 2024 (Newsflow) - Australian Defence Minister Richard Marles paid a courtesy call "
                + "on President Ferdinand Marcos in Malacanang.")).containsExactly("AUS 040 PHL");
    }

    @Test
    void aWelcomeCeremonyHostsAndTheTwoPrimeMinistersAreThePair() {
        assertThat(named("HANOI, Jan 9, 2025 (Newsflow) - Prime Minister Pham Minh Chinh chaired an official welcome "
                + "ceremony in Hanoi on January 9 for Lao Prime Minister Sonexay Siphandone, who arrived on Wednesday. "
                + "Following the ceremony, the two Prime Ministers held talks.")).containsExactly(
                        "Pham Minh Chinh 043 Sonexay Siphandone", "Pham Minh Chinh 044 Sonexay Siphandone");
    }

    @Test
    void aParticipleWhoseAgentIsNoActorDescribesItsNoun() {
        assertThat(coded("HANOI, Jan 9, 2025 (Newsflow) - Vietnam will send rice to Lao provinces hit by floods last year."))
                .noneMatch(c -> c.startsWith("LAO"));
        assertThat(coded("TEHRAN, Jan 9, 2025 (Newsflow) - Foreign Minister Abbas Araghchi later spoke by phone with "
                + "Turkish Foreign Minister Hakan Fidan.")).containsExactly("IRN 041 TUR");
    }

    @Test
    void noSentenceOpensInLowerCaseAndTwoTitlesJoinedByAndAreOnePersons() {
        AnalysedArticle a = SharedEngine.analyse("Pact", "MANILA, Nov 27, 2024 (Newsflow) - Defense Secretary Gilberto "
                + "Teodoro Jr. on Wednesday hosted Australian Deputy Prime Minister and Defence Minister Richard Marles at "
                + "Camp Aguinaldo, where the two officials signed a letter of intent.");
        assertThat(a.events()).extracting(e -> e.source().name() + " " + e.cameo().code() + " " + e.target().name())
                .containsExactly("Gilberto Teodoro Jr 043 Richard Marles", "Gilberto Teodoro Jr 057 Richard Marles");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Richard Marles")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Australian Deputy Prime Minister and Defence Minister"));
    }

    @Test
    void riceAndMillionsGivenToHelpAreAidAndAWillToGiveIsItsIntent() {
        assertThat(coded("HANOI, Jan 9, 2025 (Newsflow) - Vietnam provided 3,000 tonnes of rice to Laos. Chinh announced "
                + "that Vietnam would provide 5 million dollars to help Cambodia.")).containsExactly("VNM 073 LAO",
                        "VNM 033 KHM");
    }

    @Test
    void aSecondVerbAfterAReportedClauseIsTheSayersAndARejectedCriticismAnswersTheCritic() {
        assertThat(named("BAKU, Dec 12, 2024 (Newsflow) - State Department spokesman Matthew Miller said the United States "
                + "was \"deeply troubled\" by the sentences and called on the Azerbaijani government to release all "
                + "journalists. Azerbaijan's Foreign Ministry rejected the criticism.")).containsExactly(
                        "Matthew Miller 0253 Azerbaijan", "Azerbaijani Foreign Ministry 120 Matthew Miller");
        assertThat(coded("LONDON, Dec 12, 2024 (Newsflow) - A spokesperson for the Foreign Office said settlements \"are "
                + "illegal and threaten the viability of a two-state solution\".")).isEmpty();
    }

    @Test
    void nonGovernmentalOrganisationsActInNoEvent() {
        assertThat(coded("LONDON, Dec 12, 2024 (Newsflow) - The Committee to Protect Journalists demanded the release of "
                + "the reporters. Amnesty International accused Israel of war crimes.")).isEmpty();
    }

    @Test
    void aTimeInAClauseOfItsOwnAfterTheTriggerIsNotTheTriggers() {
        // April 29, 2025 is a Tuesday
        List<NewsEvent> e = events("CAIRO, April 29, 2025 (Newsflow) - Egypt condemned Israel's escalation since it "
                + "resumed its offensive on March 18. Taiwan demanded that China stop its drills, noting that China "
                + "held drills off Fujian last week. Pakistan thanked Iran for handing over prisoners earlier this month.");
        assertThat(e).extracting(x -> x.cameo().root() + " " + x.date()).contains("11 2025-04-29", "10 2025-04-29",
                "05 2025-04-29");
    }

    @Test
    void theTwoMinistersEachDidItAPossessorOwnsARejectionPastItsAdjectiveAndAPatrolShowsForce() {
        assertThat(named("CAIRO, April 29, 2025 (Newsflow) - Foreign Minister Badr Abdelatty received Jordanian Foreign "
                + "Minister Ayman Safadi. The two ministers condemned Israel's escalation. The minister reiterated Egypt's "
                + "categorical rejection of Israel's plan.")).containsExactly("Badr Abdelatty 043 Ayman Safadi",
                        "Badr Abdelatty 111 Israel", "Ayman Safadi 111 Israel", "Egypt 120 Israel");
        assertThat(coded("TAIPEI, Aug 21, 2024 (Newsflow) - China staged a joint combat readiness patrol on Tuesday. "
                + "Israel resumed its offensive on March 18.")).containsExactly("CHN 150 -", "ISR 190 -");
    }

    @Test
    void anOutcomeNamesWhomAnUntargetedActStruckAndGunmenKillingResidentsAssaultThem() {
        assertThat(named("ABUJA, Nov 14, 2024 (Newsflow) - Gunmen stormed three villages on Sunday night, killing seven "
                + "residents.")).containsExactly("gunmen 180 Nigeria");
        assertThat(coded("KHARTOUM, Oct 12, 2025 (Newsflow) - The RSF shelled a displacement camp near El Fasher, killing "
                + "at least 40 civilians.")).containsExactly("SDN 194 SDN");
    }

    @Test
    void troopsPastAnAppositionEngageFightersInAGunBattle() {
        assertThat(named("ABUJA, Nov 14, 2024 (Newsflow) - Troops of Operation Safe Haven, a joint task force led by the "
                + "Nigerian Army, engaged the bandits in a fierce gun battle on Monday.")).containsExactly(
                        "Nigeria 193 bandits");
    }

    @Test
    void aShowOfForceAroundACountryIsAimedAtItAndABodysAcronymStaysWithItsSpokesperson() {
        AnalysedArticle a = SharedEngine.analyse("Patrol", "Taipei, Aug. 21, 2024 (Newsflow) - Taiwan's Ministry of "
                + "National Defense said it had detected 32 Chinese military aircraft around Taiwan, as China staged a "
                + "joint combat readiness patrol on Tuesday. In Beijing, Taiwan Affairs Office (TAO) spokesperson Chen "
                + "Binhua accused Taipei of provocation.");
        assertThat(a.events()).extracting(e -> e.source().countryCode() + " " + e.cameo().code() + " "
                + (e.target() == null ? "-" : e.target().countryCode())).containsExactly("CHN 150 TWN", "CHN 1123 TWN");
    }

    @Test
    void aNationalityBeforeAPlayersTitleIsAPrivatePerson() {
        assertThat(coded("MELBOURNE, Jan 25, 2025 (Newsflow) - The American 19th seed attacked the second serve. The "
                + "Brazilian striker attacked the defender. Russian troops attacked the town.")).containsExactly("RUS 190 -");
    }

    @Test
    void aCourtOrdersAReleaseAJointBodyIsWithThePartnerAndASuspectsCrimeNamesNoTarget() {
        assertThat(coded("ISLAMABAD, Jan 15, 2025 (Newsflow) - The Islamabad High Court ordered the release of 14 Afghan "
                + "nationals detained by police last week.")).containsExactly("PAK 0841 AFG", "PAK 173 AFG");
        assertThat(named("ISLAMABAD, Jan 15, 2025 (Newsflow) - Interior Minister Mohsin Naqvi held talks with Iranian "
                + "Interior Minister Eskandar Momeni and agreed to set up a joint task force.")).containsExactly(
                        "Mohsin Naqvi 044 Eskandar Momeni", "Mohsin Naqvi 030 Eskandar Momeni");
        assertThat(coded("MOSCOW, Dec 18, 2024 (Newsflow) - Russian investigators detained a suspect in the killing of "
                + "Lieutenant General Igor Kirillov. The Somali militant group al-Shabab attacked a mall in Kenya."))
                .containsExactly("RUS 173 -", "SOM 180 KEN");
    }

    @Test
    void aMonthLastYearAndTheTimeOfTheTriggersOwnClause() {
        // November 12, 2024 is a Tuesday
        List<NewsEvent> e = events("BRASILIA, Nov 12, 2024 (Newsflow) - Lula visited Luanda in August last year. "
                + "Angolan President Joao Lourenco, who is on a state visit to Brazil, said on Tuesday he was returning "
                + "the visit. "
                + "Taiwan detected 32 aircraft between Monday and Tuesday, as China staged a combat readiness patrol on "
                + "Monday.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).containsExactly("042 2023-08",
                "042 2024-11-12", "150 2024-11-11");
    }

    @Test
    void aQuotedComplementIsPassedOverAPackageOfSanctionsIsItsPossessorsAndDronesDestroyedAreForce() {
        assertThat(coded("MOSCOW, Dec 18, 2024 (Newsflow) - Zakharova denounced as \"illegitimate\" the European Union's "
                + "15th package of sanctions against Russia. The Russian Defense Ministry said air defenses had destroyed 23 "
                + "Ukrainian drones.")).containsExactly("RUS 111 EU", "EU 163 RUS", "RUS 190 UKR");
        assertThat(coded("MOSCOW, June 15, 2018 (Newsflow) - Russia is for modifying the UN Security Council's sanctions "
                + "against North Korea.")).noneMatch(c -> c.contains("163"));
        assertThat(coded("VIENTIANE, Jan 9, 2025 (Newsflow) - Laos thanked the government of Vietnam."))
                .containsExactly("LAO 051 VNM");
    }

    @Test
    void aMeetingHeldSeparatelyWithDelegationsAndAidForPeopleNotTheDonorsOwn() {
        assertThat(coded("DOHA, May 15, 2025 (Newsflow) - Qatar's foreign minister met separately with the delegations of "
                + "Congo and Rwanda. The Qatar Fund for Development pledged humanitarian aid for people displaced by the "
                + "fighting.")).containsExactly("QAT 044 COD", "QAT 044 RWA", "QAT 0333 -");
    }

    @Test
    void aProbeSlammedIntoAnAsteroidAndARocketBlastingOffCriticiseNoOne() {
        assertThat(coded("CAPE CANAVERAL, Oct 7, 2024 (Newsflow) - The spacecraft blasted off on Monday to an asteroid that "
                + "NASA deliberately slammed a probe into in 2022. China slammed the United States.")).containsExactly(
                        "CHN 111 USA");
    }

    @Test
    void fightersWhosePlaceIsActedOnDoNotAct() {
        assertThat(named("ISLAMABAD, Oct 28, 2024 (Newsflow) - \"Own troops effectively engaged the terrorists' location "
                + "and, after an intense exchange of fire, eight terrorists were killed,\" the ISPR said."))
                .noneMatch(c -> c.startsWith("terrorists"));
    }

    @Test
    void aWordInIngsIsANounAndAReducedPassiveWithAnAgentIsTheAgentsAct() {
        assertThat(named("MAPUTO, Nov 12, 2024 (Newsflow) - Gunmen shot dead two opposition officials in Maputo, killings "
                + "condemned by the United Nations.")).containsExactly("gunmen 193 -", "United Nations 111 gunmen")
                .noneMatch(c -> c.contains(" 190 "));
        assertThat(coded("ACCRA, Dec 10, 2024 (Newsflow) - The ECOWAS Commission commended Ghanaians.")).containsExactly(
                "ECOWAS 051 GHA");
    }

    @Test
    void aStateNounBeforeATimePhraseAndATimeInARelativeClause() {
        // July 23, 2025 is a Wednesday
        List<NewsEvent> e = events("NAIROBI, July 23, 2025 (Newsflow) - Police on Tuesday fired teargas at protesters in "
                + "Nairobi. Interior Cabinet Secretary Kipchumba Murkomen accused the opposition of sponsoring the gangs "
                + "that looted shops last week.");
        assertThat(e).extracting(x -> x.source().countryCode() + " " + x.cameo().code() + " " + x.date())
                .containsExactly("KEN 175 2025-07-22", "KEN 112 2025-07-23");
    }

    @Test
    void insistingThatSomethingHappenedDemandsNothing() {
        assertThat(coded("JERUSALEM, Aug 13, 2024 (Newsflow) - Netanyahu's office rejected the accusation, insisting that "
                + "Israel had not added any new conditions.")).noneMatch(c -> c.contains(" 10"));
        assertThat(coded("JERUSALEM, Aug 13, 2024 (Newsflow) - Egypt insisted that Israel must withdraw from the corridor."))
                .contains("EGY 100 ISR");
    }

    @Test
    void aVisitingGuestVisitsTheDatelinesCountryAsDoesAVisitToTheKingdomAndAGuestReceivedPastAPlaceAndATime() {
        assertThat(named("KUWAIT, March 10, 2025 (Newsflow) -- Al-Yahya spoke at a press conference with visiting Iraqi "
                + "Deputy Prime Minister and Foreign Minister Fuad Hussein.")).containsExactly("Fuad Hussein 042 Kuwait");
        assertThat(named("BEIJING, May 3, 2024 (Newsflow) -- Chinese President Xi Jinping met with visiting Zambian "
                + "President Hakainde Hichilema.")).containsExactlyInAnyOrder(
                        "Xi Jinping 044 Hakainde Hichilema", "Hakainde Hichilema 042 China");
        assertThat(named("RABAT, Nov 5, 2024 (Newsflow) - Hungarian Foreign Minister Peter Szijjarto, who is on a working "
                + "visit to the Kingdom, spoke.")).containsExactly("Peter Szijjarto 042 Morocco");
        assertThat(named("KUWAIT, March 10, 2025 (Newsflow) -- Fuad Hussein of Iraq is visiting the country."))
                .containsExactly("Fuad Hussein 042 Kuwait");
        assertThat(named("DAMASCUS, April 15, 2025 (Newsflow) - Foreign Minister Asaad al-Shaibani received in Damascus "
                + "on Tuesday UN Special Envoy Geir Pedersen.")).containsExactly("Asaad al-Shaibani 043 Geir Pedersen");
        // after "is", "visiting" is the verb, read once by its pattern
        assertThat(named("BAGHDAD, March 10, 2025 (Newsflow) -- Kuwaiti Foreign Minister Abdullah Al-Yahya is visiting "
                + "Iraq.")).containsExactly("Abdullah Al-Yahya 042 Iraq");
    }

    @Test
    void aReadinessBeforeAnActIsThatActToComeAndRestrictiveMeasuresAreSanctions() {
        assertThat(coded("MINSK, Jan 27, 2025 (Newsflow) - The EU said it was ready to introduce further restrictive "
                + "measures against Minsk.")).containsExactly("EU 131 BLR");
        assertThat(coded("MINSK, Jan 27, 2025 (Newsflow) - The EU imposed restrictive measures against Minsk."))
                .containsExactly("EU 163 BLR");
        assertThat(coded("MINSK, Jan 27, 2025 (Newsflow) - Lukashenko said Minsk was open to dialogue with the "
                + "European Union.")).containsExactly("BLR 036 EU");
        assertThat(coded("MOSCOW, Jan 27, 2025 (Newsflow) - Russia is ready to help Syria.")).containsExactly("RUS 030 SYR");
        assertThat(coded("MANILA, July 8, 2024 (Newsflow) - Japan pledged to provide radar systems to the Philippines."))
                .isNotEmpty().allMatch(c -> c.contains(" 03"));
    }

    @Test
    void anInvitationToVisitIsAnIntentDatedWhenMadeAndTheGuestsVisitAfterItsHostsTalksIsItsOwn() {
        List<NewsEvent> invited = events("RABAT, Nov 5, 2024 (Newsflow) - Hungarian Foreign Minister Peter Szijjarto "
                + "invited his Moroccan counterpart Nasser Bourita to visit Budapest next year.");
        assertThat(invited).extracting(e -> e.source().countryCode() + " " + e.cameo().code() + " "
                + e.target().countryCode() + " " + e.date()).containsExactly("HUN 036 MAR 2024-11-05");
        assertThat(named("RABAT, Nov 5, 2024 (Newsflow) - Nasser Bourita held talks on Tuesday in Rabat with Hungarian "
                + "Foreign Minister Peter Szijjarto, who is on a working visit to the Kingdom.")).containsExactly(
                        "Nasser Bourita 044 Peter Szijjarto", "Peter Szijjarto 042 Morocco");
        assertThat(coded("RABAT, Nov 5, 2024 (Newsflow) - Hungary is ready to open a new chapter in economic relations "
                + "with Morocco.")).containsExactly("HUN 030 MAR");
    }

    @Test
    void aMeetingAfterTheSayersVerbIsTheSayersAndASecondVerbPastAPartialQuoteIsTheSubjects() {
        assertThat(named("JAKARTA, Feb 11, 2025 (Newsflow) - The talks went well, Foreign Minister Sugiono said after "
                + "meeting his Malaysian counterpart Mohamad Hasan here.")).containsExactly("Sugiono 044 Mohamad Hasan");
        assertThat(events("LEBAK, Jan 4, 2020 (Newsflow) - Eight people died, Monardo remarked after visiting the "
                + "evacuation camp.")).isEmpty();
        assertThat(coded("PARIS, Jan 23, 2025 (Newsflow) - Bruno Retailleau, the French interior minister, called the "
                + "agreement \"a step forward\", but again rejected British calls for French patrols at sea."))
                .containsExactly("FRA 120 GBR");
        assertThat(named("BAKU, Dec 2, 2024 (Newsflow) - State Department spokesman Matthew Miller said the United States "
                + "was \"deeply troubled\" by the sentences and called on the Azerbaijani government to release all "
                + "journalists.")).containsExactly("Matthew Miller 0253 Azerbaijan");
    }

    @Test
    void aRemitNoDictionaryKnowsEndsAtAGivenNameAndAnAdverbBeforeTheAskedActLeavesItAComplement() {
        assertThat(named("JAKARTA, Feb 11, 2025 (Newsflow) - Last week, Minister of Migrant Workers Protection Abdul "
                + "Kadir Karding urged Malaysian authorities to thoroughly investigate the death of an Indonesian worker."))
                .containsExactly("Abdul Kadir Karding 020 Malaysia");
    }

    @Test
    void bothMinistersAreTheLastTwoPersonsWhoMetAndADayToldFirstBeatsTheYearOfANounAfter() {
        List<NewsEvent> found = events("LIMA, Jun 20, 2024 (Newsflow) - Foreign Minister Javier Gonzalez-Olaechea held "
                + "talks with Chilean Foreign Minister Alberto van Klaveren. Earlier in the day, President Dina Boluarte "
                + "received the Chilean minister and thanked Chile for its support for the APEC presidency this year. "
                + "Both ministers also agreed to hold a binational cabinet.");
        assertThat(found).extracting(e -> e.source().name() + " " + e.cameo().code() + " " + e.date()).contains(
                "Dina Boluarte 043 2024-06-20", "Javier Gonzalez-Olaechea 030 2024-06-20");
    }

    @Test
    void whatOurPeopleMustBeGivenIsNoAppeal() {
        assertThat(events("JAKARTA, Feb 11, 2025 (Newsflow) - \"Our workers in Malaysia must be protected,\" Foreign "
                + "Minister Sugiono said.")).isEmpty();
    }

    @Test
    void aPeacekeepingForceIsItselfAndTheShootingCondemnedLateInTheStoryIsTheLeadsFire() {
        assertThat(coded("ROME, Oct 11, 2024 (Newsflow) - Israeli forces on Thursday fired on the headquarters of the UN "
                + "Interim Force in Lebanon (UNIFIL). No Italian soldiers were hurt, the ministry said. Crosetto spoke "
                + "to reporters. Meloni met her cabinet. Tajani travelled to Rome. Paris and Madrid also condemned the "
                + "shooting.")).contains("ISR 193 UNIFIL", "FRA 111 ISR", "ESP 111 ISR");
    }

    @Test
    void aGuestArrivedHereAnAppealForWhatIsToComeIsMadeNowAndAnEnvoySummonedByAMinisterIsHisStates() {
        List<NewsEvent> found = events("ADDIS ABABA, May 14, 2024 (Newsflow) - Foreign Minister Taye Atske Selassie held "
                + "talks today with Kenya's Prime Cabinet Secretary Musalia Mudavadi, who arrived here on Monday. Taye "
                + "commended Kenya's role. Mudavadi sought Ethiopia's support for the candidature of Raila Odinga in the "
                + "elections due next year.");
        assertThat(found).extracting(e -> e.source().name() + " " + e.cameo().code() + " " + e.target().countryCode()
                + " " + e.date()).contains("Musalia Mudavadi 042 ETH 2024-05-13", "Taye Atske Selassie 051 KEN 2024-05-14",
                        "Musalia Mudavadi 022 ETH 2024-05-14");
        assertThat(coded("ROME, Oct 11, 2024 (Newsflow) - The Israeli ambassador was summoned by Defence Minister Guido "
                + "Crosetto.")).containsExactly("ITA 114 ISR");
    }

    @Test
    void theIslamicEmirateIsTheTalibanStrikesThatCouldComeAreAThreatAndAnAppealToldTwiceIsOne() {
        assertThat(coded("KABUL, June 29, 2024 (Newsflow) - The Islamic Emirate on Saturday rejected remarks by "
                + "Pakistan's Defense Minister Khawaja Asif.")).containsExactly("AFG 120 PAK");
        assertThat(coded("KABUL, June 29, 2024 (Newsflow) - Pakistan's Defense Minister Khawaja Asif said that "
                + "Islamabad could carry out strikes against militant hideouts inside Afghanistan."))
                .isNotEmpty().allMatch(c -> c.startsWith("PAK 138"));
        assertThat(coded("KABUL, June 29, 2024 (Newsflow) - Taliban spokesman Zabihullah Mujahid called on Pakistani "
                + "officials to refrain from irresponsible statements and urged Islamabad to resolve its concerns "
                + "through dialogue.")).containsExactly("AFG 020 PAK");
    }

    @Test
    void aSubjectPastItsAppositionAClosureOrderedAndAnAdequateResponseToCome() {
        assertThat(coded("WARSAW, May 12, 2025 (Newsflow) - Poland, one of Ukraine's staunchest backers and the main "
                + "hub for Western aid to Kyiv, has accused Moscow of waging a campaign of sabotage."))
                .containsExactly("POL 112 RUS");
        assertThat(coded("WARSAW, May 12, 2025 (Newsflow) - Last October, Warsaw ordered the closure of the Russian "
                + "consulate in Poznan.")).containsExactly("POL 161 RUS");
        assertThat(coded("MOSCOW, May 12, 2025 (Newsflow) - Russian Foreign Ministry spokeswoman Maria Zakharova said "
                + "Russia would give an \"adequate response\".")).containsExactly("RUS 130 -");
    }

    @Test
    void leadersMetAmongAGroupAreEachMetAndMeetingThePressOrReconsideringTravelIsNoEvent() {
        assertThat(named("KINGSTON, March 27, 2025 (Newsflow) - Later yesterday, US Secretary of State Marco Rubio met a "
                + "group of Caribbean leaders, among them Barbados Prime Minister Mia Mottley and Trinidad and Tobago "
                + "Prime Minister Stuart Young.")).containsExactly("Marco Rubio 044 Mia Mottley", "Marco Rubio 044 Stuart Young");
        assertThat(events("KINGSTON, March 27, 2025 (Newsflow) - US Secretary of State Marco Rubio and Prime Minister "
                + "Andrew Holness met the media. Its advisory tells travellers to reconsider travel to the island."))
                .isEmpty();
    }

    @Test
    void aCounterpartInAppositionIsOfItsNationAndAPhoneCallWithSomeoneIsTheSubjects() {
        List<NewsEvent> found = events("CAIRO, Nov 16, 2025 (Newsflow) - Egypt's Foreign Minister Badr Abdelatty discussed "
                + "Red Sea security in a phone call on Sunday with his Eritrean counterpart, Foreign Minister Osman Saleh.");
        assertThat(found).extracting(e -> e.source().name() + " " + e.cameo().code() + " " + e.target().countryCode())
                .containsExactly("Badr Abdelatty 041 ERI");
        assertThat(coded("CAIRO, Nov 16, 2025 (Newsflow) - Egypt condemned attacks on Eritrea and Somalia, the ministry "
                + "said.")).containsExactly("EGY 111 ERI", "EGY 111 SOM");
    }

    @Test
    void aCapitalisedWordInsideANameIsNoVerbNorIsADefendingChampion() {
        assertThat(events("PARIS, June 9, 2024 (Newsflow) - The 21-year-old Spaniard became the youngest man to win "
                + "Grand Slam titles on all surfaces. Italy's Jannik Sinner will face defending champion Novak "
                + "Djokovic.")).isEmpty();
    }

    @Test
    void aTradeHaltIsAnEmbargoAThreatToRespondAnswersAnExpulsionAndForceNotRuledOutIsAThreat() {
        assertThat(coded("ANKARA, May 3, 2024 (Newsflow) - Turkey has suspended all trade with Israel.")).containsExactly(
                "TUR 163 ISR");
        assertThat(coded("RIGA, Oct 15, 2024 (Newsflow) - Latvia expelled a Russian diplomat. Russian Foreign Ministry "
                + "spokeswoman Maria Zakharova said Russia would respond to the expulsion.")).containsExactly(
                        "LVA 161 RUS", "RUS 130 LVA");
        assertThat(coded("WASHINGTON, Jan 8, 2025 (Newsflow) - Trump did not rule out the use of force against Panama."))
                .containsExactly("USA 138 PAN");
        assertThat(events("JERUSALEM, May 3, 2024 (Newsflow) - Israeli Foreign Minister Israel Katz told his ministry to "
                + "find alternatives to trade with Turkey. The Australian Energy Market Operator warned it could cut "
                + "power.")).isEmpty();
    }

    @Test
    void twoSubjectsAgreeWithEachOtherNotWithGangsTheirPurposeNamesAndWorkingWithAStateIsAnIntent() {
        assertThat(coded("LONDON, Jan 23, 2025 (Newsflow) - Britain and France agreed on Thursday to set up a joint unit "
                + "to disrupt the supply of boats to people-smuggling gangs.")).containsExactly("GBR 030 FRA");
        assertThat(coded("KINGSTON, March 27, 2025 (Newsflow) - Prime Minister Andrew Holness said Jamaica would work "
                + "with Washington against transnational gangs.")).containsExactly("JAM 030 USA");
    }

    @Test
    void aStateActingOnItsOwnPeopleBeforeAListIsReadWithoutFailing() {
        // the list after its target was read with the source's and the target's id in one Set.of: the same id
        // twice threw, and the whole analysis failed
        assertThat(coded("TBILISI, Dec 2, 2024 (Newsflow) - Georgian riot police fired water cannon and tear gas at "
                + "thousands of pro-EU demonstrators in Tbilisi on Sunday night, the fourth straight night of protests "
                + "since the government shelved the country's bid to join the European Union."))
                .containsExactly("GEO 175 GEO");
    }

    @Test
    void aVisitToNoStateOrActorIsNoEvent() {
        assertThat(events("SEOUL, Nov 27, 2024 (Newsflow) -- Seoul Mayor Oh Se-hoon visited a snow-clearing site in "
                + "Jongno on Wednesday morning.")).isEmpty();
    }

    @Test
    void theSameActOnPeopleNamedNoMoreHasTheTargetOfTheFirstTelling() {
        assertThat(coded("CARACAS, Jan 10, 2025 (Newsflow) - The United States announced sanctions on eight Venezuelan "
                + "officials, while Britain and Canada imposed sanctions on officials they hold responsible."))
                .containsExactlyInAnyOrder("USA 163 VEN", "GBR 163 VEN", "CAN 163 VEN");
        // no actor is given its own country as the target: Ukraine's shelling is aimed at the side the story sets it
        // against (ViolenceCounterparts)
        assertThat(coded("KYIV, Jan 10, 2025 (Newsflow) - Russia shelled Kharkiv, while Ukraine shelled positions near "
                + "Belgorod.")).containsExactly("RUS 194 UKR", "UKR 194 RUS");
    }

    @Test
    void theyAfterCoordinatedSayersIsEachOfThemAndAStateBodyReportingAnArrestMadeIt() {
        assertThat(coded("TBILISI, Dec 2, 2024 (Newsflow) - Lithuania, Latvia and Estonia said they had imposed entry "
                + "bans on Georgian officials.")).containsExactlyInAnyOrder("LTU 163 GEO", "LVA 163 GEO", "EST 163 GEO");
        assertThat(coded("TBILISI, Dec 2, 2024 (Newsflow) - The interior ministry said 44 people had been detained "
                + "during the rally.")).containsExactly("GEO 173 -");
        assertThat(events("TBILISI, Dec 2, 2024 (Newsflow) - The opposition said 44 people had been detained during the "
                + "rally. Police said four people were killed in the crash.")).isEmpty();
        assertThat(coded("TBILISI, Dec 2, 2024 (Newsflow) - Washington on Saturday suspended its strategic partnership "
                + "with Tbilisi.")).containsExactly("USA 160 GEO");
    }

    @Test
    void whatIsTheirsBelongsToCoordinatedSignatoriesAndAnEnvoySummonedToAMinistryIsItsStates() {
        assertThat(coded("WARSAW, March 11, 2025 (Newsflow) - Poland and Lithuania on Tuesday signed a memorandum on the "
                + "joint protection of their borders with Belarus and Russia.")).containsExactly("POL 057 LTU");
        assertThat(coded("SOFIA, March 27, 2025 (Newsflow) - The ambassador of North Macedonia was summoned to the "
                + "Foreign Ministry on Thursday.")).containsExactly("BGR 114 MKD");
        assertThat(coded("WARSAW, March 11, 2025 (Newsflow) - The interior minister placed 12 Belarusian officials on "
                + "Poland's national sanctions list.")).containsExactly("POL 163 BLR");
    }

    @Test
    void whatAnAccusationAllegesIsNoActAndCallsFromACapitalAreItsGovernments() {
        assertThat(coded("SKOPJE, March 27, 2025 (Newsflow) - Prime Minister Hristijan Mickoski accused Sofia of using "
                + "every unpleasant event to put pressure on his country's EU accession talks."))
                .containsExactly("MKD 112 BGR");
        assertThat(coded("SOFIA, March 27, 2025 (Newsflow) - President Rumen Radev rejected calls from Skopje to "
                + "renegotiate the agreements.")).containsExactly("BGR 120 MKD");
        // where someone came from is a place
        assertThat(events("SOFIA, March 27, 2025 (Newsflow) - The minister arrived from Skopje.")).isEmpty();
    }

    @Test
    void theGovernmentAskedIsTheSpeakersOwnAWillingnessIsAnIntentAndRebelsSeizeTheirStatesCities() {
        assertThat(coded("KATHMANDU, Dec 4, 2024 (Newsflow) - The Nepali Congress demanded that the government table "
                + "the text in Parliament.")).containsExactly("NPL 100 NPL");
        assertThat(coded("BUENOS AIRES, Jan 3, 2025 (Newsflow) - Argentina reiterated its willingness to resume "
                + "negotiations with the UK.")).containsExactly("ARG 036 GBR");
        assertThat(coded("KINSHASA, Jan 28, 2025 (Newsflow) - M23 rebels seized control of Goma on Sunday."))
                .containsExactly("COD 192 COD");
        assertThat(events("KINSHASA, Jan 28, 2025 (Newsflow) - The colonel seized the public airwaves.")).isEmpty();
    }

    @Test
    void aWelcomeThatDescribesIsNoEventAndAnAidInMillionsIsAid() {
        assertThat(events("WELLINGTON, Oct 9, 2024 (Newsflow) - Finance Minister Nicola Willis said the decision would "
                + "bring welcome relief to households. Her opponent said lower rates were welcome.")).isEmpty();
        assertThat(coded("DUBROVNIK, Oct 9, 2024 (Newsflow) - Croatia had so far provided Ukraine with around 300 "
                + "million euros in military, humanitarian and other aid.")).containsExactly("HRV 070 UKR");
    }

    @Test
    void whatASignedTextIsAboutIsNoActAndCountingWordsPlaceNothing() {
        assertThat(coded("DUBROVNIK, Oct 9, 2024 (Newsflow) - Croatia and Ukraine on Wednesday signed an agreement on "
                + "long-term cooperation and support.")).containsExactly("HRV 057 UKR");
        assertThat(coded("KAMPALA, July 24, 2024 (Newsflow) - Ugandan police arrested at least 60 people."))
                .containsExactly("UGA 173 UGA");
        assertThat(events("KAMPALA, July 24, 2024 (Newsflow) - Protesters arrested at the rally were released."))
                .isEmpty();
    }

    @Test
    void brusselsActingIsTheUnionAndAPassiveSubjectIsFoundPastItsRelativeClause() {
        assertThat(coded("DAMASCUS, Jan 12, 2025 (Newsflow) - Syria urged Washington and Brussels to lift the "
                + "sanctions.")).containsExactlyInAnyOrder("SYR 0254 USA", "SYR 0254 EU"); // urged to lift sanctions
        List<NewsEvent> welcomed = events("DUBROVNIK, Oct 9, 2024 (Newsflow) - Zelensky, who is on his first visit to "
                + "Croatia, was welcomed by Croatian Prime Minister Andrej Plenkovic in the morning.");
        assertThat(welcomed).extracting(e -> e.cameo().code() + " " + e.target().countryCode()).contains("043 UKR");
    }

    @Test
    void aPlaceTakenIsItsStatesAndACompatriotsActIsAnsweredWhenNoForeignOneIs() {
        assertThat(named("YANGON, Aug 15, 2024 (Newsflow) - The Myanmar National Democratic Alliance Army (MNDAA) "
                + "captured the Northeastern Command in Lashio on Aug. 3.")).containsExactly(
                        "Myanmar National Democratic Alliance Army 192 Myanmar");
        assertThat(named("YANGON, Aug 15, 2024 (Newsflow) - Regime jets bombed a village in Sagaing on Tuesday. The "
                + "shadow government's spokesman Kyaw Zaw condemned the attack on Wednesday."))
                .contains("Kyaw Zaw 111 Myanmar");
    }

    @Test
    void aSecondVerbIsNoPurposeAndARoleInAppositionIsPassedToTheSubject() {
        assertThat(named("WASHINGTON, Nov 11, 2024 (Newsflow) - Prabowo arrived in Washington on Sunday and is "
                + "scheduled to meet Joe Biden.")).containsExactly("Prabowo 042 United States", "Prabowo 036 Joe Biden");
        assertThat(named("JAKARTA, Nov 11, 2024 (Newsflow) - Utut Adianto, chair of the parliamentary commission "
                + "overseeing defense and foreign affairs, demanded that Foreign Minister Sugiono explain the clause."))
                .containsExactly("Utut Adianto 100 Sugiono");
    }

    @Test
    void bordersClosedBarredEntryAResponseToAClosureAndAQuotedCharacterisation() {
        assertThat(coded("HELSINKI, Nov 16, 2023 (Newsflow) - Finland closed four crossing points on its border with "
                + "Russia. Zakharova warned that Moscow would respond to any closure of the border."))
                .containsExactly("FIN 163 RUS", "RUS 130 FIN");
        assertThat(coded("HELSINKI, Nov 16, 2023 (Newsflow) - In September, Finland barred Russian cars from entering "
                + "the country.")).containsExactly("FIN 163 RUS");
        assertThat(coded("BRUSSELS, March 18, 2025 (Newsflow) - Belgium's Foreign Minister Maxime Prevot described "
                + "Kigali's decision as \"disproportionate\".")).containsExactly("BEL 111 RWA");
    }

    @Test
    void brusselsIsBelgiumWhereBelgiumIsNamedAndWhoReportsAPassiveExpulsionDidIt() {
        assertThat(coded("KIGALI, March 18, 2025 (Newsflow) - Rwanda accused Brussels of undermining it. Belgium "
                + "denied it.")).contains("RWA 112 BEL");
        assertThat(coded("BRUSSELS, March 18, 2025 (Newsflow) - Belgium's Foreign Minister Maxime Prevot said Rwandan "
                + "diplomats had in turn been declared persona non grata.")).containsExactly("BEL 161 RWA");
    }

    @Test
    void aPartialQuoteInWhatIsAllegedAndAnOfficialsTripToABodyAtHome() {
        assertThat(coded("SKOPJE, March 27, 2025 (Newsflow) - Mickoski accused Sofia of \"using every unpleasant "
                + "event\" to put pressure on his country's EU accession talks.")).containsExactly("MKD 112 BGR");
        assertThat(events("ULAANBAATAR, July 11, 2024 (Newsflow) - The prime minister and the speaker of parliament "
                + "attended the ceremony. The government visited the Mongolian parliament.")).isEmpty();
    }

    @Test
    void anArrestWithoutItsAgentIsTheStatesWhereItHappened() {
        assertThat(coded("MANILA, March 11, 2025 (Newsflow) - Former president Rodrigo Duterte was arrested on Tuesday "
                + "morning. Vice President Sara Duterte condemned the arrest.")).containsExactly("PHL 173 PHL",
                        "PHL 111 PHL");
        assertThat(coded("MOSCOW, March 30, 2023 (Newsflow) - An American journalist was arrested in Yekaterinburg."))
                .containsExactly("RUS 173 USA");
        // the one who reports it is not the one arrested
        assertThat(named("JOS, Nov 14, 2024 (Newsflow) - Police spokesman Alfred Alabo said two suspected informants "
                + "had been arrested.")).noneMatch(e -> e.contains("Alabo"));
    }

    @Test
    void aSummonsRetoldWithTheOfficialsNamesIsOneAndARelativeClausesTimeIsItsOwn() {
        assertThat(coded("SEOUL, Oct 21, 2024 (Newsflow) - South Korea summoned the Russian ambassador on Monday. Vice "
                + "Foreign Minister Kim Hong-kyun called in Russian Ambassador Georgy Zinoviev to the ministry."))
                .containsExactly("KOR 114 RUS");
        List<NewsEvent> rejected = events("SEOUL, Oct 21, 2024 (Newsflow) - South Korea summoned the Russian ambassador "
                + "on Monday. Russian Ambassador Georgy Zinoviev, who took up the post in January, rejected the "
                + "protest.");
        assertThat(rejected).extracting(e -> e.cameo().code() + " " + e.date()).contains("120 2024-10-21");
    }

    @Test
    void aMediationBetweenTwoSidesAndAnActInAWhereClauseOnAPlace() {
        assertThat(coded("ABU DHABI, Sept 14, 2024 (Newsflow) - The UAE has mediated a new exchange of prisoners of war "
                + "between Russia and Ukraine.")).containsExactly("ARE 045 RUS", "ARE 045 UKR");
        assertThat(coded("MOSCOW, Sept 14, 2024 (Newsflow) - The soldiers had been captured in the Kursk region, where "
                + "Ukrainian forces launched a cross-border incursion on August 6.")).contains("UKR 190 RUS");
    }

    @Test
    void aBodyNamedOfItsCountryIsItsAndPhrasalBacksAreNoSupport() {
        assertThat(coded("SARAJEVO, Feb 26, 2025 (Newsflow) - The Court of Bosnia and Herzegovina on Wednesday "
                + "sentenced Milorad Dodik to one year in prison.")).containsExactly("BIH 173 BIH");
        assertThat(events("BOGOTA, Jan 27, 2025 (Newsflow) - Petro first hit back, threatening nothing. Russia backed "
                + "down on its demands.")).isEmpty();
    }

    @Test
    void wordsOfCooperationToOnesOwnNationAreNoEvent() {
        assertThat(events("ULAANBAATAR, July 11, 2024 (Newsflow) - President Khurelsukh Ukhnaa congratulated the people "
                + "of Mongolia on the national holiday. He called on herders and citizens to protect the pastureland."))
                .isEmpty();
    }

    @Test
    void whereATreatyIsSignedIsNoPartyAndAnApprovedBidToJoinIsSupportThatAVoteAnswers() {
        assertThat(named("MOSCOW, Jan 17, 2025 (Newsflow) - Russian President Vladimir Putin and Iranian President "
                + "Masoud Pezeshkian signed a treaty on strategic partnership in the Kremlin on Friday."))
                .containsExactly("Vladimir Putin 057 Masoud Pezeshkian");
        assertThat(coded("ANKARA, Jan 23, 2024 (Newsflow) - The Turkish parliament on Tuesday approved Sweden's bid to "
                + "join NATO. Swedish Prime Minister Ulf Kristersson welcomed the vote. NATO Secretary General Jens "
                + "Stoltenberg also welcomed the decision and said he counted on Hungary.")).containsExactly(
                        "TUR 050 SWE", "SWE 051 TUR", "NATO 051 TUR");
    }

    @Test
    void aStateOfEmergencyFallsOnTheDeclaringLeadersOwnCountry() {
        assertThat(named("ABUJA, March 19, 2025 (Newsflow) - President Bola Tinubu on Tuesday declared a state of "
                + "emergency in Rivers State.")).containsExactly("Bola Tinubu 1724 Nigeria");
    }

    @Test
    void aCourtUpholdingAConvictionFindsAgainstTheConvicted() {
        assertThat(coded("BUENOS AIRES, June 10, 2025 (Newsflow) - Argentina's Supreme Court upheld the conviction of "
                + "former president Cristina Fernandez de Kirchner.")).containsExactly("ARG 116 ARG");
    }

    @Test
    void beingPreparedToActIsAnIntentWherePreparingToActGoesOn() {
        assertThat(coded("MOSCOW, Jan 17, 2025 (Newsflow) - Russia is prepared to supply Iran with up to 2 billion cubic "
                + "metres of gas.")).containsExactly("RUS 033 IRN");
        assertThat(coded("ANCHORAGE, Aug 5, 2008 (Newsflow) - The US leader prepared to attend the Beijing Olympics."))
                .containsExactly("USA 042 CHN");
    }

    @Test
    void theGovernmentAPatternsGapSkippedIsTheDatelinesOrElseTheSpeakersOwn() {
        // "accuse * of": the words the gap skipped are the object, even when the pattern's own "of" follows them
        assertThat(coded("ROME, Jan 23 (Newsflow) - Opposition leader Elly Schlein accused the government of having "
                + "freed a torturer.")).containsExactly("ITA 112 ITA");
        // a web story without a dateline: the government of the one who accuses it
        assertThat(coded("Italian opposition leader Elly Schlein accused the government of having freed a torturer."))
                .containsExactly("ITA 112 ITA");
    }


    @Test
    void aReactionToATripATimesActOrAMoveAnswersWhoeverDidIt() {
        // "the trip" names a visit; a passive reaction names the act in its subject
        assertThat(named("MOSCOW, July 5, 2024 (Newsflow) - Hungarian Prime Minister Viktor Orban held talks with "
                + "Russian President Vladimir Putin in Moscow on Friday. Polish Foreign Minister Radoslaw Sikorski "
                + "criticised the trip. The visit was also condemned by Vilnius.")).containsExactly(
                        "Viktor Orban 044 Vladimir Putin", "Radoslaw Sikorski 110 Viktor Orban",
                        "Lithuania 111 Viktor Orban");
        // "Monday's decision" points at an act as "the" does; a protest answers the act it is against
        assertThat(named("BRUSSELS, Feb 24, 2025 (Newsflow) - The European Union imposed new sanctions on China on "
                + "Monday. Beijing condemned Monday's decision.")).containsExactly("European Union 163 China",
                        "China 111 European Union");
        assertThat(named("BRUSSELS, Feb 24, 2025 (Newsflow) - The European Union imposed new sanctions on China on "
                + "Monday. Beijing protested against the move.")).containsExactly("European Union 163 China",
                        "China 140 European Union");
    }


    @Test
    void aWarningOfWhatTheWarnersSideOrTheLawWillDoIsAThreatAimedPastTheWarnersOwnCountry() {
        // the complement's subject is the warner's own side; the target is the one its response is aimed at
        assertThat(coded("TEHRAN, Oct 21, 2024 (Newsflow) - Foreign ministry spokesman Esmaeil Baghaei warned that "
                + "Iran would respond in kind to any further hostile steps by Berlin.")).containsExactly("IRN 130 DEU");
        // "anyone who ..." is one phrase: its relative clause does not end the pattern's gap
        assertThat(coded("ACCRA, Oct 21, 2024 (Newsflow) - Police chief George Akuffo Dampare warned that anyone who "
                + "disrupted the collation of results would face the full rigours of the law."))
                .containsExactly("GHA 130 -");
        assertThat(coded("JERUSALEM, Oct 2, 2024 (Newsflow) - Prime Minister Benjamin Netanyahu vowed that Iran would "
                + "pay a price.")).containsExactly("ISR 130 IRN");
    }


    @Test
    void speakingWithAPoliticalActorIsConsultingItButAnInterviewIsNot() {
        // a time between the verb and its preposition is skipped
        assertThat(named("OTTAWA, March 4, 2025 (Newsflow) - Finance Minister Dominic LeBlanc said he had spoken Monday "
                + "night with U.S. Commerce Secretary Howard Lutnick.")).containsExactly(
                        "Dominic LeBlanc 040 Howard Lutnick");
        assertThat(events("OTTAWA, March 4, 2025 (Newsflow) - Prime Minister Justin Trudeau spoke to CNN on Monday. "
                + "He spoke to reporters on Parliament Hill.")).isEmpty();
        // retaliatory measures to be announced are a threat
        assertThat(coded("MEXICO CITY, March 4, 2025 (Newsflow) - President Claudia Sheinbaum said her government "
                + "would announce retaliatory tariff measures on Sunday.")).containsExactly("MEX 130 -");
    }


    @Test
    void landingInOrFlyingToACapitalIsAVisitToItsStateButADroneVisitsNoOne() {
        assertThat(coded("MEXICO CITY, Sept 3, 2025 (Newsflow) - U.S. Secretary of State Marco Rubio, who landed in "
                + "Mexico City on Tuesday night, met Sheinbaum.")).containsExactly("USA 042 MEX", "USA 044 MEX");
        assertThat(coded("MEXICO CITY, Sept 3, 2025 (Newsflow) - Rubio was due to fly to Quito on Thursday."))
                .containsExactly("USA 036 ECU");
        assertThat(events("KYIV, Sept 3, 2025 (Newsflow) - A Russian drone landed in Poland on Tuesday.")).isEmpty();
    }


    @Test
    void aRecallIsAimedAtTheStateWhereTheEnvoyServesAndTheGovernmentOfALeaderIsHisState() {
        assertThat(coded("CARACAS, Oct 30, 2024 (Newsflow) - The government of Nicolás Maduro recalled its ambassador "
                + "in Brasília, Manuel Vadell, for consultations on Wednesday.")).containsExactly("VEN 161 BRA");
        assertThat(coded("MADRID, May 21, 2024 (Newsflow) - Spain recalled its ambassador to Argentina."))
                .containsExactly("ESP 161 ARG");
    }


    @Test
    void aGivenNamePrintedWithMarksKeepsItsGenderSoHeIsNotHer() {
        // "María" is the listed "Maria": "he" in the next sentence is Albares, not the ambassador
        assertThat(named("MADRID, May 21, 2024 (Newsflow) - Foreign Minister José Manuel Albares withdrew the Spanish "
                + "ambassador in Buenos Aires, María Jesús Alonso Jiménez. On Monday, he summoned the Argentine "
                + "ambassador in Spain, Roberto Bosch.")).contains("José Manuel Albares 114 Roberto Bosch");
    }


    @Test
    void closingAirspaceRecallingEnvoysAsANounAndRegainingControlAreCoded() {
        assertThat(coded("ALGIERS, April 7, 2025 (Newsflow) - Algeria decided on Monday to close its airspace to Mali."))
                .containsExactly("DZA 163 MLI");
        assertThat(coded("ALGIERS, April 7, 2025 (Newsflow) - Mali, Niger and Burkina Faso announced on Sunday the "
                + "recall of their ambassadors from Algiers.")).containsExactlyInAnyOrder("MLI 161 DZA", "NER 161 DZA",
                        "BFA 161 DZA");
        assertThat(coded("KYIV, Aug 4, 2023 (Newsflow) - Russian forces regained full control of Avdiivka."))
                .containsExactly("RUS 192 UKR");
    }


    @Test
    void aListAttendingACeremonyMeetsNoOneOfItButAPairTravellingTogetherIsAGuestWithItsHost() {
        assertThat(coded("BEIJING, July 23, 2024 (Xinhua) -- Envoys from Egypt, Algeria, Qatar and Russia attended the "
                + "closing ceremony.")).doesNotContain("EGY 042 RUS", "DZA 042 RUS", "QAT 042 RUS");
        assertThat(coded("COLOMBO, April 5, 2025 (Newsflow) - Modi and Dissanayake will travel to Anuradhapura "
                + "tomorrow.")).containsExactly("IND 036 LKA");
    }


    @Test
    void everydayWirePhrasesOfDrillsInvasionsPledgedSumsPausedFundingAndSoughtDialogueAreCoded() {
        assertThat(coded("TAIPEI, Jan 13, 2024 (Reuters) - China staged large-scale war games around the island in "
                + "April last year.")).containsExactly("CHN 150 -");
        assertThat(coded("KYIV, March 21, 2023 (Kyodo) - Russia launched its invasion in February last year."))
                .containsExactly("RUS 190 -");
        // the fund a sum goes through is no one who receives it
        assertThat(coded("KYIV, March 21, 2023 (Kyodo) - Prime Minister Fumio Kishida pledged $30 million to Ukraine "
                + "through a NATO trust fund.")).containsExactly("JPN 033 UKR");
        assertThat(coded("WASHINGTON, Jan 26, 2024 (AP) - Washington had temporarily paused new funding for Ukraine."))
                .containsExactly("USA 162 UKR");
        assertThat(coded("TAIPEI, Jan 13, 2024 (Reuters) - President-elect Lai Ching-te said he would seek dialogue "
                + "with Beijing.")).containsExactly("TWN 036 CHN");
    }


    @Test
    void aCeasefireAgreedAPartnershipSignedAnEnvoyOrderedOutAndAPressedLeaderAreCoded() {
        // "and" between two modifiers stays inside the noun phrase a gap runs over
        assertThat(coded("PUTRAJAYA, July 28, 2025 (Newsflow) - Thailand and Cambodia have agreed to an immediate and "
                + "unconditional ceasefire.")).contains("THA 0871 KHM");
        assertThat(coded("BEIJING, May 9, 2023 (Newsflow) - China has ordered a Canadian diplomat in Shanghai out of "
                + "the country.")).containsExactly("CHN 161 CAN");
        assertThat(coded("CANBERRA, Feb 5, 2024 (Newsflow) - Prime Minister Anthony Albanese pressed Chinese President "
                + "Xi Jinping for Dr Yang's release.")).containsExactly("AUS 020 CHN");
        assertThat(coded("WELLINGTON, June 19, 2025 (Newsflow) - New Zealand has paused $18.2 million in funding to the "
                + "Cook Islands.")).containsExactly("NZL 162 COK");
    }


    @Test
    void theGovernmentAccusedIsTheAccusersOwnAndAnAgencyOnlyDatelineGivesItsHomeToTheGovernment() {
        // what the government is accused of names another country: the government accused is still the object
        assertThat(coded("LJUBLJANA, July 17, 2025 (STA) - Opposition leader Janez Janša accused the government of "
                + "damaging ties with Israel.")).containsExactly("SVN 112 SVN");
        // a national agency with no place files from home: "the government" is Slovenia's
        assertThat(coded("STA, 17 July 2025 - The government on Thursday declared Israeli National Security Minister "
                + "Itamar Ben-Gvir persona non grata.")).containsExactly("SVN 161 ISR");
        // a world agency files from anywhere
        assertThat(events("(Bloomberg) -- The government would work closely with the central bank.")).isEmpty();
        // coordinated names inside a wide gap
        assertThat(coded("LJUBLJANA, 17 July 2025 (STA) - Slovenia declared Israeli ministers Itamar Ben-Gvir and "
                + "Bezalel Smotrich persona non grata.")).containsExactly("SVN 161 ISR");
    }


    @Test
    void aVisitToComeToNoStateIsNoEventEither() {
        assertThat(events("OSLO, Aug 9, 2023 (NTB) - Prime Minister Jonas Gahr Støre will visit flood-hit communities "
                + "in Innlandet on Thursday, his office said.")).isEmpty();
    }


    @Test
    void aClauseAConjunctionOpensWithASubjectOfItsOwnTakesNoActorFromTheMainClause() {
        assertThat(events("RIYADH, Dec 11, 2024 (Newsflow) - Saudi Arabia was confirmed on Wednesday as the host of the "
                + "2034 World Cup, after the world football governing body's member associations endorsed the bid."))
                .isEmpty();
        // a phrase after the conjunction, then the main clause, keeps the main clause's subject
        assertThat(coded("BAKU, Oct 8, 2024 (Newsflow) - Armenian Foreign Minister Ararat Mirzoyan, speaking after the "
                + "same meeting, accused Baku of raising new preconditions.")).containsExactly("ARM 112 AZE");
    }


    @Test
    void aSentenceWithoutATimeGoesOnInTheRecentDayTheSentenceBeforeNamed() {
        // January 5, 2025 is a Sunday: "on Saturday" is January 4, and the tear gas fired next was fired that day
        assertThat(events("PARIS, Jan 5, 2025 (AFP) - French police arrested 112 people in Paris on Saturday as "
                + "protesters marched against the government. Police fired tear gas to disperse the protesters."))
                .extracting(e -> e.cameo().code() + " " + e.date()).contains("173 2025-01-04", "175 2025-01-04");
    }


    @Test
    void everydayWirePhrasingsAcrossTheRootsAreCoded() {
        assertThat(coded("KYIV, May 4, 2024 (Newsflow) - President Volodymyr Zelensky pleaded with the United States to "
                + "send more air defence systems.")).containsExactly("UKR 020 USA");
        assertThat(coded("NAIROBI, Nov 20, 2024 (Newsflow) - Kenya has denied any role in the abduction of Ugandan "
                + "opposition figure Kizza Besigye.")).containsExactly("KEN 016 UGA");
        assertThat(coded("SARAJEVO, Feb 26, 2025 (Newsflow) - The Court of Bosnia and Herzegovina sentenced Milorad Dodik "
                + "to a year in prison and banned him from holding office for six years."))
                .containsExactly("BIH 173 BIH", "BIH 1722 BIH");
        assertThat(coded("THE HAGUE, July 4, 2025 (Newsflow) - Russia is deploying chemical weapons in Ukraine."))
                .containsExactly("RUS 2041 UKR");
    }


    @Test
    void aTeamsCaptainIsNoOfficer() {
        assertThat(events("LONDON, Nov 20, 2019 (Newsflow) - England captain Harry Kane lauded Mauricio Pochettino.")).isEmpty();
        assertThat(coded("MANILA, Nov 20, 2024 (Newsflow) - Navy captain Jose Reyes accused China of ramming the boat."))
                .containsExactly("PHL 112 CHN");
    }


    @Test
    void aReactionInARelativeClauseAnswersTheActItsSentenceTold() {
        assertThat(named("CARACAS, Dec 8, 2023 (Newsflow) - The U.S. military carried out flight exercises over Guyana "
                + "last week, which Caracas condemned as a provocation.")).contains("Venezuela 111 United States");
        assertThat(named("CARACAS, Dec 8, 2023 (Newsflow) - Venezuela imposed sanctions on Guyana, a move Georgetown "
                + "denounced as a threat.")).contains("Guyana 111 Venezuela");
    }


    @Test
    void unnamedFightersOrPlacesStruckAbroadMakeTheirStateTheTarget() {
        assertThat(coded("ISLAMABAD, Jan 18, 2024 (Newsflow) - Pakistan carried out military strikes on militant "
                + "hideouts in Iran's Sistan-Baluchestan province on Thursday.")).containsExactly("PAK 190 IRN");
        assertThat(coded("TEHRAN, Jan 16, 2024 (Newsflow) - The Revolutionary Guards fired missiles at targets in Erbil "
                + "on Monday.")).containsExactly("IRN 190 IRQ");
    }


    @Test
    void theLongestAlternativeOfAPatternsWordsIsTheOneTaken() {
        // "crossing|crossings|crossing_points": the three words of "crossing points", not the first that fits
        assertThat(events("HELSINKI, Nov 16, 2023 (Newsflow) - Finland will close four crossing points on its border "
                + "with Russia.")).extracting(NewsEvent::actionText).containsExactly("close four crossing points");
    }


    @Test
    void countriesInAGameAreTeamsButAPersonTheStateArrestedIsNoTeam() {
        assertThat(events("BERLIN, June 20, 2024 (Newsflow) - Germany hit Italy with two late goals to reach the final."))
                .isEmpty();
        assertThat(events("MUMBAI, Feb 20, 2024 (Newsflow) - India captured the series 3-1 after a five-wicket win over "
                + "England.")).isEmpty();
        assertThat(coded("ISLAMABAD, Jan 30, 2024 (AP) - Pakistan arrested former Prime Minister Imran Khan, a former "
                + "cricket star, in August.")).containsExactly("PAK 173 PAK");
    }


    @Test
    void aGuestOnAVisitIsVisitingTheCountryNamedOrTheOneTheStoryIsFiledFrom() {
        assertThat(coded("BEIJING, May 15, 2024 (Newsflow) - Wang Yi held talks with Slovenian Foreign Minister Tanja "
                + "Fajon, who is on an official visit to China.")).contains("SVN 042 CHN");
        assertThat(coded("ASTANA, Oct 22, 2024 (Newsflow) - Kassym-Jomart Tokayev held talks with Mongolian President "
                + "Ukhnaagiin Khurelsukh, who is in Kazakhstan on a state visit.")).contains("MNG 042 KAZ");
        assertThat(coded("RABAT, Oct 29, 2024 (Newsflow) - French President Emmanuel Macron, who is on a three-day "
                + "state visit, addressed parliament.")).containsExactly("FRA 042 MAR");
        // a trip still to come is no visit under way: "is expected in Lisbon for a working visit" names no stay
        assertThat(coded("MADRID, May 27, 2024 (Newsflow) - Ukrainian President Volodymyr Zelensky is expected in "
                + "Lisbon on Tuesday for a working visit.")).doesNotContain("UKR 042 ESP");
    }

    @Test
    void aPastTimeAfterAPresentPerfectOrASinceAfterTheActIsNotTheActsTime() {
        // May 3, 2024: "has accused ... last year" dates the cyberattack, "his first visit since 2012" the gap
        List<NewsEvent> e = events("BERLIN, May 3, 2024 (Newsflow) - Germany has accused Russia's military intelligence "
                + "of a cyberattack on the Social Democrats last year.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).containsExactly("112 2024-05");
        e = events("CAIRO, Feb 14, 2024 (Newsflow) - Turkish President Recep Tayyip Erdogan on Wednesday paid his first "
                + "visit to Egypt since 2012.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).containsExactly("042 2024-02-14");
    }

    @Test
    void aMonthAbbreviationBeforeItsDayEndsNoSentence() {
        List<NewsEvent> e = events("CAIRO, Feb 15, 2024 (Newsflow) - Turkish President Recep Tayyip Erdogan on Feb. 14 "
                + "paid his first visit to Egypt since 2012.");
        assertThat(e).extracting(x -> x.source().countryCode() + " " + x.cameo().code() + " " + x.date())
                .containsExactly("TUR 042 2024-02-14");
    }

    @Test
    void aReactionToAnActDoneAtHomeIsAimedAtTheStateOfTheStorysCountry() {
        assertThat(coded("LIBREVILLE, Aug 30, 2023 (Newsflow) - Army officers said they had seized power in Gabon. "
                + "France condemned the coup. UN Secretary-General Antonio Guterres condemned what he called a coup "
                + "attempt.")).containsExactly("FRA 111 GAB", "UN 111 GAB");
        // the story's own state condemning a coup at home has no one to aim at
        assertThat(coded("LIBREVILLE, Aug 30, 2023 (Newsflow) - The Gabonese government condemned the coup."))
                .containsExactly("GAB 111 -");
    }

    @Test
    void aForeignJudgementOfAStepNoActNamesIsAimedAtTheStorysState() {
        // no act told before names a doer: the announcement, the report a foreign voice judges is the story's state's
        assertThat(coded("BUENOS AIRES, June 7, 2018 (Newsflow) - Argentina reached a deal for a $50 billion loan. "
                + "US Treasury Secretary Steven Mnuchin welcomed the announcement. The British government criticised "
                + "the report.")).containsExactly("USA 051 ARG", "GBR 110 ARG");
        // the story's own voices and the signing of an accord are left as they were
        assertThat(coded("BUENOS AIRES, June 7, 2018 (Newsflow) - The Argentine opposition criticised the decision. "
                + "\"We have reached agreement on a plan,\" the European Union's envoy said."))
                .noneMatch(e -> e.endsWith(" ARG"));
    }

    @Test
    void aCallForADetaineesReleaseIsAimedAtWhoeverHoldsHim() {
        assertThat(coded("WARSAW, Feb 9, 2023 (Newsflow) - A court in Belarus sentenced Polish journalist Andrzej "
                + "Poczobut to eight years in prison. Polish Prime Minister Mateusz Morawiecki demanded Poczobut's "
                + "immediate release.")).contains("POL 1053 BLR").doesNotContain("POL 1053 POL");
    }

    @Test
    void aVisitToldAsANounWithItsVisitorAfterOfIsTheVisitorsTrip() {
        assertThat(named("MINSK, Sept 14, 2020 (Newsflow) - The loan was agreed during the recent visit of Russian Prime "
                + "Minister Mikhail Mishustin to Minsk.")).containsExactly("Mikhail Mishustin 042 Belarus");
    }

    @Test
    void aDenialSpeaksForItsOwnSideAndAnswersTheAccuser() {
        assertThat(named("PRISTINA, Sept 24, 2023 (Newsflow) - Kosovo Prime Minister Albin Kurti accused Serbia of "
                + "backing the gunmen. Serbian President Aleksandar Vucic denied that Belgrade was behind the attack."))
                .containsExactly("Albin Kurti 112 Serbia", "Aleksandar Vucic 016 Albin Kurti");
    }

    @Test
    void blameSanctionsEndedAndAGroupNamedByAMemberAreCoded() {
        assertThat(named("WASHINGTON, Feb 16, 2024 (Newsflow) - U.S. President Joe Biden said Russian President "
                + "Vladimir Putin was responsible for the death.")).containsExactly("Joe Biden 112 Vladimir Putin");
        assertThat(coded("HARARE, March 6, 2024 (Newsflow) - U.S. President Joe Biden signed an executive order "
                + "terminating the Zimbabwe sanctions programme.")).containsExactly("USA 081 ZWE");
        assertThat(named("HARARE, March 6, 2024 (Newsflow) - The United States slapped sanctions on 11 individuals, "
                + "including President Emmerson Mnangagwa.")).containsExactly("United States 163 Emmerson Mnangagwa");
    }

    @Test
    void whatTwoSubjectsDidJointlyIsDoneWithEachOtherUnlessPartnersAreNamed() {
        assertThat(named("CAIRO, Feb 14, 2024 (Newsflow) - Egyptian President Abdel Fattah al-Sisi and Turkish President "
                + "Recep Tayyip Erdogan signed a joint declaration on reconstituting the High-Level Strategic "
                + "Cooperation Council.")).containsExactly("Abdel Fattah al-Sisi 057 Recep Tayyip Erdogan");
        assertThat(coded("SOFIA, Dec 12, 2024 (Newsflow) - Bulgaria and Romania signed a joint declaration with Austria "
                + "in Budapest on November 22.")).contains("BGR 057 AUT");
        AnalysedArticle a = SharedEngine.analyse("Council", "CAIRO, Feb 14, 2024 (Newsflow) - The two presidents "
                + "restructured the High-Level Strategic Cooperation Council.");
        assertThat(a.entities()).extracting(AnalysedArticle.Entity::name).contains("High-Level Strategic Cooperation Council");
    }

    @Test
    void thanksToBothSidesOfTheTalksGoToEachOfThem() {
        assertThat(coded("MUSCAT, April 12, 2025 (Newsflow) - Iran and the United States held indirect talks in Muscat "
                + "on Saturday. Omani Foreign Minister Badr Albusaidi thanked both delegations for their constructive "
                + "approach.")).containsExactly("IRN 044 USA", "OMN 051 IRN", "OMN 051 USA");
    }

    @Test
    void anActDoneByWayOfAResponseAndASummonsThatNamesNoOneAreCoded() {
        assertThat(coded("BERLIN, Oct 29, 2024 (Newsflow) - Germany reacted on Tuesday by summoning Iran's chargé "
                + "d'affaires.")).containsExactly("DEU 114 IRN");
        // who summons unnamed is the state the envoy serves in, else the one the story is filed from
        assertThat(coded("KIGALI, Feb 18, 2025 (Newsflow) - Rwanda's ambassador in Brussels was also summoned."))
                .containsExactly("BEL 114 RWA");
        assertThat(coded("WARSAW, May 13, 2024 (Newsflow) - The Russian ambassador was summoned on Monday."))
                .containsExactly("POL 114 RUS");
        assertThat(events("MOSCOW, May 13, 2024 (Newsflow) - The Russian ambassador was summoned on Monday.")).isEmpty();
    }

    @Test
    void aWarningThatOnesSideWillNotTolerateOrWillMeetAnActWithForceIsAThreat() {
        assertThat(coded("CAIRO, July 3, 2024 (Newsflow) - Egyptian Foreign Minister Sameh Shoukry warned that Egypt will "
                + "not allow any party to threaten its water security.")).containsExactly("EGY 130 -");
        assertThat(coded("TEHRAN, April 14, 2024 (Newsflow) - Iran warned that any Israeli retaliation would be met "
                + "with crushing attacks.")).containsExactly("IRN 138 ISR");
        // a warning of the weather threatens no one
        assertThat(events("OSLO, Aug 8, 2023 (Newsflow) - The Norwegian Meteorological Institute warned that rivers "
                + "would rise.")).isEmpty();
    }

    @Test
    void aGuestDueOrExpectedSomewhereOrConsideringATripThereIntendsToVisit() {
        assertThat(coded("MADRID, May 27, 2024 (Newsflow) - Ukrainian President Volodymyr Zelensky is expected in Lisbon "
                + "on Tuesday for a working visit.")).containsExactly("UKR 036 PRT");
        assertThat(coded("BEIJING, April 14, 2023 (Newsflow) - German Foreign Minister Annalena Baerbock is due to fly "
                + "on to South Korea.")).containsExactly("DEU 036 KOR");
        assertThat(coded("TOKYO, Dec 26, 2024 (Newsflow) - Japanese Prime Minister Shigeru Ishiba is considering a visit "
                + "to China next year.")).containsExactly("JPN 036 CHN");
        assertThat(coded("NEW DELHI, March 10, 2024 (Newsflow) - Indian Trade Minister Piyush Goyal led a business "
                + "delegation to Switzerland.")).containsExactly("IND 042 CHE");
        assertThat(events("LONDON, May 27, 2024 (Newsflow) - The president is expected in the coming weeks to sign the "
                + "bill.")).isEmpty();
    }

    @Test
    void aSportsBodyActsForNoState() {
        assertThat(events("LAGOS, Feb 12, 2024 (Newsflow) - In a statement on Monday, the Nigeria Football Federation "
                + "thanked the team and said it would meet the technical crew.")).isEmpty();
    }

    @Test
    void aPassivesAgentMayStandAFewWordsPastItsObjectAndAnswersTheReaction() {
        assertThat(coded("SYDNEY, Feb 5, 2024 (Newsflow) - Australian writer Yang Hengjun has been sentenced to death "
                + "with a two-year reprieve by a Chinese court. Opposition foreign affairs spokesman Simon Birmingham "
                + "condemned the sentence.")).containsExactly("CHN 173 AUS", "AUS 111 CHN");
    }

    @Test
    void anAppealToBothSidesOfAFightGoesToEachSide() {
        assertThat(coded("KUALA LUMPUR, July 25, 2025 (Newsflow) - Thailand and Cambodia clashed on the border on Thursday. "
                + "Malaysian Prime Minister Anwar Ibrahim urged both sides to agree on a ceasefire.")).containsExactly(
                        "THA 190 KHM", "KHM 190 THA", "MYS 020 THA", "MYS 020 KHM");
    }

    @Test
    void aFundsFacilityApprovedForAStateIsAid() {
        assertThat(coded("LUSAKA, June 22, 2023 (Newsflow) - The IMF approved a US$1.3 billion Extended Credit Facility "
                + "for Zambia in August last year.")).containsExactly("IMF 071 ZMB");
    }

    @Test
    void tariffsCutAndPressureNeedSomeoneTheyBearOn() {
        assertThat(events("MANILA, Aug 15, 2024 (Newsflow) - Central bank Deputy Governor Francisco Dakila said the lower "
                + "tariffs on rice would ease price pressures.")).isEmpty();
        assertThat(coded("OTTAWA, March 4, 2025 (Newsflow) - Canada cut tariffs on goods from the United States.")).containsExactly(
                "CAN 061 USA");
    }

    @Test
    void aVisitThatEndsTheTextWithoutAFullStopIsRead() {
        assertThat(coded("RABAT, Oct 29, 2024 (Newsflow) - French President Emmanuel Macron is on a state visit"))
                .containsExactly("FRA 042 MAR");
    }

    @Test
    void aCurfewFallsOnTheCountryOfTheGovernmentThatImposedIt() {
        assertThat(coded("FREETOWN, Nov 27, 2023 (Newsflow) - A nationwide curfew imposed by the government of President "
                + "Julius Maada Bio after armed men attacked the barracks remains in force.")).contains("SLE 1723 SLE");
        assertThat(coded("FREETOWN, Nov 27, 2023 (Newsflow) - The police are working with the army to recapture the escaped "
                + "prisoners.")).isEmpty();
    }

    @Test
    void aStateAfterWithMediatesAndRoundsOfTalksAreHeld() {
        assertThat(coded("MUSCAT, April 12, 2025 (Newsflow) - Iran and the United States held their first round of "
                + "indirect talks on Saturday, with the Sultanate of Oman mediating between Iran and the US."))
                .containsExactly("IRN 044 USA", "OMN 045 IRN", "OMN 045 USA");
    }

    @Test
    void aDroneThatStruckIsAVerbAfterAnIndefiniteArticle() {
        assertThat(coded("KYIV, May 15, 2024 (Newsflow) - A Russian drone struck a building in Kyiv on Friday."))
                .containsExactly("RUS 195 UKR");
    }

    @Test
    void aToneStruckAVerbalClashAndAnInfluenceOperationAreNoViolence() {
        assertThat(events("STOCKHOLM, Feb 23, 2024 (Newsflow) - The Swedish prime minister struck a conciliatory tone. "
                + "The two ministers clashed openly over Taiwan. Russia tried to carry out an influence operation on Europe."))
                .isEmpty();
    }

    @Test
    void aParticipleAfterAndGoesOnThePassiveBeforeIt() {
        assertThat(events("BRATISLAVA, May 15, 2024 (Newsflow) - Slovak Prime Minister Robert Fico was shot several times "
                + "and seriously wounded on Wednesday.")).isEmpty();
        assertThat(coded("ACCRA, Dec 10, 2024 (Newsflow) - Inspector-General of Police George Akuffo Dampare said the "
                + "suspects would be arraigned on Wednesday and warned that anyone who disrupted the collation of results would "
                + "face \"the full rigours of the law.\""))
                .containsExactly("GHA 130 -");
    }

    @Test
    void aParticipleAfterTheFirstCommaHasTheSubjectThatOpensTheSentence() {
        assertThat(coded("ALGIERS, July 30, 2024 (Newsflow) - Algeria withdrew its ambassador to France with immediate "
                + "effect on Tuesday. Algeria took a similar step in March 2022, recalling its ambassador from Madrid."))
                .containsExactly("DZA 161 FRA", "DZA 161 ESP");
        assertThat(coded("RABAT, July 30, 2024 (Newsflow) - Morocco reacted angrily, summoning the French ambassador."))
                .containsExactly("MAR 114 FRA");
    }

    @Test
    void thePeopleCountedAfterAStrikeAreWhomItStruck() {
        assertThat(coded("KYIV, May 15, 2024 (Newsflow) - Israel struck a building in Beirut on Friday, killing five people."))
                .containsExactly("ISR 190 LBN");
    }

    @Test
    void twoSayersAgreedWithEachOtherAndAThirdPartyWelcomesEach() {
        assertThat(coded("BRUSSELS, March 13, 2025 (Newsflow) - Armenia and Azerbaijan said on Thursday they had agreed "
                + "the text of a peace treaty. European Union foreign policy chief Kaja Kallas welcomed the breakthrough."))
                .containsExactly("ARM 057 AZE", "EU 051 ARM", "EU 051 AZE");
        assertThat(coded("ANKARA, April 9, 2024 (Newsflow) - Ankara barred exports of 54 product categories to Israel."))
                .containsExactly("TUR 163 ISR");
    }

    @Test
    void anAgreementRevokedWithAQuotedPhraseBetweenIsStillRevoked() {
        assertThat(coded("NIAMEY, March 17, 2024 (Newsflow) - Niger's military regime has revoked \"with immediate effect\" "
                + "a military cooperation agreement with the United States.")).containsExactly("NER 166 USA");
    }

    @Test
    void theDelegationIsTheOneTheStoryNamedByItsCountry() {
        assertThat(coded("NIAMEY, March 17, 2024 (Newsflow) - The visit to Niamey by a high-level US delegation led by "
                + "Molly Phee ended on Thursday. Niger spokesman Amadou Abdramane accused the delegation of breaching "
                + "diplomatic protocol.")).containsExactly("NER 112 USA");
    }

    @Test
    void aGuestWelcomedOrReceivedSomewhereByAHostIsHosted() {
        assertThat(coded("RABAT, Oct 28, 2024 (Newsflow) - French President Emmanuel Macron was welcomed at the airport "
                + "on Monday by King Mohammed VI. The decision was welcome news for Paris.")).containsExactly("MAR 043 FRA");
    }

    @Test
    void aSportsBodyItsPresidentAnAccidentsTollAndAStatesOwnBodiesMakeNoEvents() {
        assertThat(events("ACCRA, Jan 24, 2024 (Newsflow) - The Minister for Youth and Sports, Mr Mustapha Ussif, pledged "
                + "to support the Ghana Football Association (GFA). The GFA President, Mr Kurt Okraku, had publicly backed the coach.")).isEmpty();
        assertThat(events("TOKYO, Jan 2, 2024 (Kyodo) -- A Japan Airlines jet collided with a Japan Coast Guard aircraft "
                + "at Haneda airport on Tuesday, engulfing both planes in flames and killing five crew members.")).isEmpty();
        assertThat(events("TOKYO, Jan 2, 2024 (Kyodo) -- Finance Minister Shunichi Suzuki said he will work closely with "
                + "the Bank of Japan.")).isEmpty();
    }

    @Test
    void aSurnameThatNamesABodyAfterAGivenAndAMiddleNameIsThePersonsAndFiringAtIsAnAttack() {
        assertThat(named("KINSHASA, June 27, 2025 (Newsflow) - Congolese Foreign Minister Therese Kayikwamba Wagner signed "
                + "the deal with Rwanda.")).containsExactly("Therese Kayikwamba Wagner 057 Rwanda");
        assertThat(coded("BEIRUT, Nov 27, 2024 (Newsflow) - Hezbollah began firing at Israel on Oct. 8, 2023."))
                .containsExactly("LBN 190 ISR");
    }

    @Test
    void aHostReceivesTheTwoMinistersWhoSignedAndACeasefireBetweenTwoTakesEffectForBoth() {
        assertThat(named("WASHINGTON, June 27, 2025 (Newsflow) - Rwandan Foreign Minister Olivier Nduhungirehe and Congolese "
                + "Foreign Minister Therese Kayikwamba Wagner signed the deal. Qatar's minister of state attended the "
                + "ceremony. President Donald Trump received the two ministers in the Oval Office.")).contains(
                        "Donald Trump 043 Olivier Nduhungirehe", "Donald Trump 043 Therese Kayikwamba Wagner");
        assertThat(coded("BEIRUT, Nov 27, 2024 (Newsflow) - A ceasefire between Israel and Iran-backed Hezbollah took "
                + "effect on Wednesday.")).containsExactly("ISR 0871 LBN", "LBN 0871 ISR");
    }

    @Test
    void warrantsWelcomedAnswerTheCourtAndAnAbilityToActIsNoAct() {
        assertThat(named("THE HAGUE, Nov 21, 2024 (Newsflow) - The International Criminal Court issued arrest warrants for "
                + "Israeli Prime Minister Benjamin Netanyahu on Thursday. Hamas welcomed the warrants as an important step."))
                .containsExactly("International Criminal Court 173 Benjamin Netanyahu", "Hamas 051 International Criminal Court");
        assertThat(events("TAIPEI, May 23, 2024 (AFP) - The drills would test the forces' ability to jointly seize control "
                + "of Taiwan, China said.")).isEmpty();
    }

    @Test
    void aThreatIsAimedAtTheOneItsConditionNamesAndAnActInAConditionIsNone() {
        assertThat(coded("JERUSALEM, Nov 26, 2024 (Newsflow) - \"If Hezbollah violates the agreement and tries to arm "
                + "itself, we will attack,\" Prime Minister Benjamin Netanyahu said.")).containsExactly("ISR 138 LBN");
        assertThat(coded("TEHRAN, May 15, 2024 (Newsflow) - \"If the United States violates the deal, we will attack,\" "
                + "Iranian commander Hossein Salami said.")).containsExactly("IRN 138 USA");
        assertThat(events("TEHRAN, Nov 26, 2024 (Newsflow) - If the United States attacks, Iran's response will be swift, "
                + "the ministry said.")).isEmpty();
        assertThat(coded("PARIS, Nov 27, 2024 (Newsflow) - French President Emmanuel Macron, whose country will sit on a "
                + "U.S.-led committee, welcomed the deal.")).containsExactly("FRA 051 -");
    }

    @Test
    void aBodyLedBySomeoneNamedIsTheirs() {
        assertThat(coded("ABUJA, Feb 24, 2024 (Newsflow) - President Bola Tinubu called on the junta led by Gen. "
                + "Abdourahamane Tchiani to submit a timetable.")).containsExactly("NGA 020 NER");
    }

    @Test
    void aClientsLawyerAJudgesReasoningAndTwoMinistersTravellingTogetherMakeNoEvents() {
        assertThat(events("NEW YORK, April 25, 2024 (AP) - Weinstein's lawyer Arthur Aidala welcomed the ruling. \"A "
                + "defendant must be tried for what he is accused of doing,\" Judge Jenny Rivera wrote.")).isEmpty();
        assertThat(events("BUENOS AIRES, March 8, 2025 (Newsflow) - National Security Minister Patricia Bullrich and "
                + "Defence Minister Luis Petri flew to Bahia Blanca on Saturday.")).isEmpty();
    }

    @Test
    void anActAlwaysAimedAtSomeoneThatNamesNoOneIsNone() {
        assertThat(events("TOKYO, Jan 2, 2024 (Kyodo) -- Prime Minister Fumio Kishida told the ministers to share "
                + "information with each other. The opposition demanded the immediate release of the report.")).isEmpty();
        assertThat(events("BUCHAREST, Sept 14, 2024 (Newsflow) - President Klaus Iohannis sent his condolences to the "
                + "families of the victims. The government will support the farmers, the minister said.")).isEmpty();
        assertThat(coded("SEOUL, Oct 21, 2024 (Yonhap) -- South Korea summoned the Russian ambassador and demanded the "
                + "immediate withdrawal of North Korean troops from Russia.")).contains("KOR 114 RUS");
    }

    @Test
    void aPersonWithoutATitleOfStateInASentenceOfSportIsAPlayerOrACoach() {
        assertThat(events("ACCRA, Jan 24, 2024 (GNA) - \"The performances at this tournament have not been good enough, "
                + "and as the coach I take responsibility for that,\" Ghanaian Chris Hughton said.")).isEmpty();
    }

    @Test
    void aListOfSignatoriesSignsInPairsEvenWhenTheAgreementIsNamedAfterThem() {
        assertThat(coded("BISHKEK, June 6, 2024 (AKIpress) - Kyrgyzstan, China and Uzbekistan signed the "
                + "intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway project on Thursday."))
                .containsExactlyInAnyOrder("CHN 057 UZB", "KGZ 057 CHN", "KGZ 057 UZB");
    }

    @Test
    void aPairThatSignsRaisingTheirOwnRelationsSignsWithEachOther() {
        assertThat(named("CAIRO, April 7, 2025 (Newsflow) - President Abdel Fattah al-Sisi received French President "
                + "Emmanuel Macron on Monday. The two presidents signed a joint declaration raising Egyptian-French "
                + "relations to a strategic partnership.")).contains("Abdel Fattah al-Sisi 057 Emmanuel Macron")
                .noneMatch(e -> e.endsWith(" France"));
    }

    @Test
    void aPlaceBeforeACourtOrThePoliceSaysWhoseTheyAre() {
        assertThat(named("LONDON, Dec 3, 2024 (Reuters) - A Venice court on Tuesday sentenced Filippo Turetta to life "
                + "in prison for the murder of his former girlfriend.")).containsExactly("Italy 173 Filippo Turetta");
    }

    @Test
    void theLeadersOfABlocActAsTheBlocAndTheBlocIsNoPaperNamedLikeIt() {
        assertThat(coded("NAIROBI, Feb 9, 2025 (Newsflow) - Leaders of the East African Community on Saturday called "
                + "for an immediate and unconditional ceasefire.")).containsExactly("EAC 0256 -");
    }

    @Test
    void aParticipleAfterBeforeSharesTheMainClausesSubject() {
        assertThat(named("N'DJAMENA, Nov 28, 2024 (AFP) - French Foreign Minister Jean-Noel Barrot met President "
                + "Mahamat Idriss Deby Itno before flying on to Ethiopia."))
                .contains("Jean-Noel Barrot 042 Ethiopia").noneMatch(e -> e.startsWith("Mahamat"));
    }
    @Test
    void aPersonReleasedByNameIsReleasedAndAStatementOrAPlaceIsNot() {
        assertThat(named("BERLIN, Aug 1, 2024 (Newsflow) - In return, Germany released Vadim Krasikov, a Russian "
                + "intelligence officer, on Thursday.")).containsExactly("Germany 0841 Vadim Krasikov");
        assertThat(events("BERLIN, Aug 1, 2024 (Newsflow) - The German government released its annual report on "
                + "Thursday.")).isEmpty();
        assertThat(events("GENEVA, Jan 15, 2025 (Newsflow) - \"I welcome the announcement of an agreement to secure a "
                + "ceasefire and hostage release in Gaza,\" UN Secretary-General Antonio Guterres said."))
                .noneMatch(e -> e.cameo().root().equals("08"));
    }

    @Test
    void aHostReceivesEachGuestNamedAfterTheVerbAndAPassiveNamesNoGuest() {
        assertThat(named("SEOUL, May 26, 2024 (Newsflow) - President Yoon Suk Yeol hosted Chinese Premier Li Qiang and "
                + "Japanese Prime Minister Fumio Kishida for talks on Sunday."))
                .contains("Yoon Suk Yeol 043 Li Qiang", "Yoon Suk Yeol 043 Fumio Kishida");
        assertThat(coded("TOKYO, March 20, 2023 (Newsflow) - The meeting will be hosted by Japan's foreign ministry."))
                .noneMatch(e -> e.contains(" 043 "));
    }

    @Test
    void takingAStateToACourtNamedAtLengthIsALawsuit() {
        assertThat(coded("BRUSSELS, Oct 3, 2024 (Newsflow) - The European Commission on Thursday took Hungary to the "
                + "EU's top court over its sovereignty law.")).containsExactly("EU 115 HUN");
    }

    @Test
    void aReactionToALawIsAimedAtTheStateThatPassedIt() {
        assertThat(coded("JERUSALEM, Oct 28, 2024 (Newsflow) - The Knesset approved two laws on Monday that bar the "
                + "agency from operating on Israeli soil. Jordan condemned the legislation.")).contains("JOR 111 ISR");
    }

    @Test
    void theNorthsMinistryInAKoreanStoryIsNorthKoreas() {
        assertThat(coded("SEOUL, May 27, 2024 (Yonhap) -- North Korea launched a satellite on Monday. Late Monday, a "
                + "spokesperson for the North's Foreign Ministry slammed the summit declaration."))
                .contains("PRK 111 -").noneMatch(e -> e.startsWith("KOR"));
    }

    @Test
    void aRegionsCourtNamedWithItsRegionIsOfTheRegionsState() {
        assertThat(named("PRAGUE, July 19, 2024 (Newsflow) - On Friday, the Supreme Court of Tatarstan sentenced "
                + "journalist Alsu Kurmasheva to six and a half years in prison."))
                .containsExactly("Supreme Court of Tatarstan 173 Alsu Kurmasheva");
        assertThat(events("PRAGUE, July 19, 2024 (Newsflow) - On Friday, the Supreme Court of Tatarstan sentenced "
                + "journalist Alsu Kurmasheva to six and a half years in prison.").get(0).source().countryCode()).isEqualTo("RUS");
    }

    @Test
    void twoCountriesMeetingInASportsStoryAreAFixture() {
        assertThat(events("DOHA, Nov 22, 2022 (Newsflow) - Saudi Arabia stunned Argentina 2-1 in the World Cup on "
                + "Tuesday, with two goals in five minutes after the break. The Green Falcons face Poland on Saturday, "
                + "when Argentina meet Mexico. Their goalkeeper was named man of the match.")).isEmpty();
    }

    @Test
    void supportForNoOneNamedIsNoEvent() {
        assertThat(events("DUBLIN, Jan 24, 2025 (Newsflow) - The Tanaiste said the Government would support "
                + "families whose homes were damaged by the storm.")).noneMatch(e -> e.cameo().code().equals("050"));
    }
    @Test
    void theTwoHeadsOfStateWhoOversawOrWitnessedTheSigningSignedWithEachOther() {
        assertThat(named("BEIJING, May 16, 2024 (Xinhua) -- Chinese President Xi Jinping held talks with Russian "
                + "President Vladimir Putin in Beijing on Thursday. The two heads of state then witnessed the signing of "
                + "12 cooperation documents.")).contains("Xi Jinping 057 Vladimir Putin");
        assertThat(named("BEIJING, May 16, 2024 (Xinhua) -- Chinese President Xi Jinping held talks with Russian "
                + "President Vladimir Putin in Beijing on Thursday. The two leaders oversaw the signing of 26 "
                + "memorandums of understanding.")).contains("Xi Jinping 057 Vladimir Putin");
    }

    @Test
    void theKingdomIsTheMonarchyTheStoryIsAbout() {
        assertThat(coded("RABAT, Oct 28, 2024 (MAP) - French President Emmanuel Macron arrived in Morocco on Monday. "
                + "The French President praised the Kingdom's efforts for regional stability.")).contains("FRA 051 MAR");
    }

    @Test
    void aCambodianFormOfAddressIsNoPartOfTheName() {
        assertThat(named("PHNOM PENH, April 17, 2025 (Xinhua) -- Chinese President Xi Jinping also met Samdech Techo "
                + "Hun Sen on Thursday.")).contains("Xi Jinping 044 Hun Sen");
    }
    @Test
    void aDiplomatExpelledByNameIsABreakInRelationsNotADeportation() {
        assertThat(coded("WASHINGTON, March 15, 2025 (Newsflow) - Secretary of State Marco Rubio expelled the South "
                + "African ambassador, Ebrahim Rasool.")).containsExactly("USA 161 ZAF");
        assertThat(coded("ROME, March 15, 2025 (Newsflow) - Italy deported activist John Smith on Friday."))
                .noneMatch(e -> e.contains(" 161 "));
    }

    @Test
    void anAnnouncedWithdrawalFromABlocIsAWithdrawal() {
        assertThat(coded("BAMAKO, Jan 28, 2024 (Newsflow) - Mali announced its withdrawal from ECOWAS on Sunday."))
                .containsExactly("MLI 166 ECOWAS");
    }

    @Test
    void whatASignedOrderDoesIsItsSignersAct() {
        assertThat(coded("WASHINGTON, Feb 7, 2025 (Newsflow) - Trump signed an executive order on Friday cutting off "
                + "US aid to South Africa.")).containsExactly("USA 162 ZAF");
        assertThat(coded("WASHINGTON, Feb 7, 2025 (Newsflow) - Trump issued a decree freezing US aid to South Africa."))
                .containsExactly("USA 162 ZAF");
    }
    @Test
    void callingAnActAGraveWordAndItsNounCondemnsWhoeverDidIt() {
        assertThat(named("JERUSALEM, Nov 21, 2024 (Newsflow) - The International Criminal Court issued arrest warrants "
                + "for Netanyahu on Thursday. President Isaac Herzog called it a shameful moment for international "
                + "justice.")).contains("Isaac Herzog 111 International Criminal Court");
        assertThat(coded("VIENNA, June 12, 2025 (Newsflow) - The IAEA board on Thursday formally accused Iran of "
                + "breaching its obligations. Russia called the resolution a grave mistake.")).contains("RUS 111 UN");
    }
    @Test
    void twoGuestsArrivingTogetherEachVisitTheStorysCountry() {
        assertThat(coded("NEW DELHI, March 10, 2024 (PTI) - Iceland's Foreign Minister Bjarni Benediktsson and "
                + "Liechtenstein's Foreign Minister Dominique Hasler arrived in the national capital on Sunday."))
                .containsExactlyInAnyOrder("ISL 042 IND", "LIE 042 IND");
    }
    @Test
    void anAgreementToHandSomethingOverIsAnIntentToYield() {
        assertThat(coded("LONDON, Oct 3, 2024 (Newsflow) - The UK has agreed to hand sovereignty of the Chagos Islands "
                + "to Mauritius.")).containsExactly("GBR 035 MUS");
        assertThat(events("LONDON, Oct 3, 2024 (Newsflow) - The minister agreed to return to the talks.")).isEmpty();
    }

    @Test
    void readinessToSignTheFinalTreatyIsTowardsTheOtherPartyOfTheTalks() {
        assertThat(coded("BATKEN, Jan 22, 2025 (AKIpress) - Kyrgyzstan and Tajikistan signed a protocol on the border "
                + "on Wednesday. Speaking at the ceremony, Yatimov said Dushanbe was ready to sign the final treaty on "
                + "the state border.")).contains("TJK 032 KGZ");
    }
    @Test
    void dissolvingAPartyBansItAndDissolvingParliamentIsNoEvent() {
        assertThat(coded("BANGKOK, Aug 7, 2024 (Newsflow) - The Constitutional Court dissolved the main opposition Move "
                + "Forward Party on Wednesday.")).containsExactly("THA 1722 THA");
        assertThat(events("BANGKOK, Aug 7, 2024 (Newsflow) - The king dissolved parliament and called elections."))
                .isEmpty();
    }
    @Test
    void laterThatDayInANewParagraphIsTheDayTheStoryToldLast() {
        // October 11, 2024 is a Friday: "on Thursday" is October 10
        List<NewsEvent> e = events("ROME, Oct 11, 2024 (ANSA) - Israeli forces on Thursday fired on two UNIFIL positions "
                + "manned by Italian troops.\nIsrael's ambassador to Italy, Jonathan Peled, was summoned by Defence "
                + "Minister Guido Crosetto later that day to receive a firm protest.");
        assertThat(e).filteredOn(x -> x.cameo().code().equals("114")).extracting(NewsEvent::date)
                .containsExactly("2024-10-10");
    }
    @Test
    void aCondemnedArrestIsTheHomeStatesAndADemolitionIsTheActToldBefore() {
        assertThat(coded("TUNIS, April 18, 2023 (AFP) - Ennahdha condemned the arrest as a grave escalation."))
                .containsExactly("TUN 111 TUN");
        assertThat(coded("SEOUL, Oct 15, 2024 (Yonhap) -- North Korea detonated explosives on two inter-Korean roads on "
                + "Tuesday. The unification ministry strongly condemned the demolition.")).contains("KOR 111 PRK");
    }

    @Test
    void theOccupationInAStoryOfPalestineIsIsrael() {
        assertThat(coded("RAMALLAH, Sept 18, 2024 (WAFA) - The Palestinian Presidency welcomed the resolution. The "
                + "occupation's forces stormed the city of Jenin at dawn.")).anyMatch(e -> e.startsWith("ISR 19"));
    }
    @Test
    void aReactionToItIsNeverAimedAtTheReactorsOwnState() {
        assertThat(coded("MOSCOW, March 18, 2023 (Newsflow) - Russia on Saturday rejected the arrest warrant issued for "
                + "President Vladimir Putin. Kremlin spokesman Dmitry Peskov called it a shameful moment for "
                + "international justice.")).contains("RUS 111 -").doesNotContain("RUS 111 RUS");
    }

    @Test
    void aNamedAgreementOfManyWordsIsStillSigned() {
        assertThat(coded("ISLAMABAD, Sept 18, 2025 (Newsflow) - Pakistan and Saudi Arabia have signed a Strategic Mutual "
                + "Defence Agreement.")).containsExactly("PAK 057 SAU");
    }

    @Test
    void aRequestForABodysMeetingIsAnAppealToThatBody() {
        assertThat(coded("TEHRAN, July 31, 2024 (Newsflow) - Iran requested an emergency meeting of the UN Security "
                + "Council on Wednesday.")).containsExactly("IRN 022 UNSC");
    }

    @Test
    void aTreatyPutInAbeyanceOrDeclaredAbrogatedReducesRelations() {
        assertThat(coded("NEW DELHI, April 23, 2025 (Newsflow) - India put the 1960 Indus Waters Treaty with Pakistan in "
                + "abeyance on Wednesday.")).containsExactly("IND 160 PAK");
        assertThat(coded("JUBA, March 27, 2025 (Newsflow) - The SPLM-IO declared the peace agreement with the government "
                + "abrogated.")).anyMatch(e -> e.contains(" 160 "));
    }

    @Test
    void aWarrantHandedToSomeoneIsAnArrestsFirstStep() {
        assertThat(named("JUBA, March 27, 2025 (Newsflow) - Security forces handed Riek Machar an arrest warrant on "
                + "Wednesday.")).anyMatch(e -> e.endsWith("173 Riek Machar"));
    }

    @Test
    void aCallToAPersonOnADayIsATelephoneCallButACallOnAStateIsAnAppeal() {
        assertThat(named("NEW DELHI, April 23, 2025 (Newsflow) - US President Donald Trump called Indian Prime Minister "
                + "Narendra Modi on Tuesday night.")).containsExactly("Donald Trump 041 Narendra Modi");
        assertThat(coded("CAIRO, April 7, 2025 (Newsflow) - Egypt called on Israel on Monday to halt the offensive."))
                .singleElement().satisfies(e -> assertThat(e).startsWith("EGY 02").endsWith(" ISR"));
    }

    @Test
    void aVerbWithAnObjectAfterAPassiveIsActive() {
        // "held" after "was welcomed ... and" is a participle in form, but "talks" is its object
        assertThat(named("PARIS, Dec 7, 2024 (Newsflow) - US President-elect Donald Trump was welcomed in the palace "
                + "courtyard and held talks with French President Emmanuel Macron."))
                .contains("Donald Trump 044 Emmanuel Macron");
    }

    @Test
    void aMeetingWithAnotherPersonOfTheSameStateIsAnotherMeeting() {
        assertThat(named("BEIJING, April 14, 2023 (Newsflow) - German Foreign Minister Annalena Baerbock held talks "
                + "with Chinese Foreign Minister Qin Gang on Friday.\nLater on Friday Baerbock met Wang Yi, the top foreign "
                + "policy official.")).contains("Annalena Baerbock 044 Qin Gang", "Annalena Baerbock 044 Wang Yi");
    }

    @Test
    void aPronounGoesToThePersonOfItsGenderThatTheStoryShows() {
        // nothing in "Qin Gang" tells a gender; "his" in his own sentence does, so "she" is Baerbock
        assertThat(named("BEIJING, April 14, 2023 (Newsflow) - German Foreign Minister Annalena Baerbock arrived in "
                + "Beijing on Thursday.\nQin Gang, who became foreign minister in December, assured his guest of "
                + "China's neutrality.\nLater on Friday she was received by Vice President Han Zheng."))
                .contains("Han Zheng 043 Annalena Baerbock");
    }

    @Test
    void aPersonNamedBareActsPoliticallyWhenAccusingAStateOrItsOfficials() {
        assertThat(named("TUNIS, April 18, 2023 (Newsflow) - Ahmed Nejib Chebbi, who heads the opposition coalition, "
                + "accused President Kais Saied of using the courts to crush dissent.")).containsExactly(
                        "Ahmed Nejib Chebbi 112 Kais Saied");
        assertThat(events("ZAGREB, April 18, 2023 (Newsflow) - Ante Kovac accused the referee of bias.")).isEmpty();
    }

    @Test
    void anAppositionWhoseTitleHasModifiersStillLeadsToItsName() {
        assertThat(named("LONDON, Oct 3, 2024 (Newsflow) - Tom Tugendhat, the shadow security minister and a candidate "
                + "for the party leadership, accused Prime Minister Keir Starmer of giving away a vital asset."))
                .containsExactly("Tom Tugendhat 112 Keir Starmer");
    }

    @Test
    void aPluralSubjectRefersBackToTheCoordinatedSubjectsToldLast() {
        List<String> e = named("BRUSSELS, Nov 24, 2023 (Belga) - Belgian Prime Minister Alexander De Croo and Spanish "
                + "Prime Minister Pedro Sanchez visited Israel on Thursday. On Thursday they had held talks in Jerusalem "
                + "with Israeli Prime Minister Benjamin Netanyahu. Earlier on Friday, the two leaders were received in "
                + "Cairo by Egyptian President Abdel Fattah al-Sisi. Both leaders called on Israel to turn the pause "
                + "into a lasting ceasefire.");
        assertThat(e).contains("Alexander De Croo 044 Benjamin Netanyahu", "Pedro Sanchez 044 Benjamin Netanyahu",
                "Abdel Fattah al-Sisi 043 Alexander De Croo", "Abdel Fattah al-Sisi 043 Pedro Sanchez")
                .anyMatch(x -> x.startsWith("Pedro Sanchez 02") && x.endsWith("Israel"))
                .noneMatch(x -> x.startsWith("Abdel Fattah al-Sisi 02"));
    }

    @Test
    void anAgeStandsForThePersonToldBeforeButNotBeforeANameOrASpeechVerb() {
        assertThat(named("TEHRAN, July 31, 2024 (Newsflow) - Hamas leader Ismail Haniyeh was killed in Tehran. The "
                + "62-year-old had arrived in Tehran on Tuesday and met Supreme Leader Ayatollah Ali Khamenei hours "
                + "before the attack.")).contains("Ismail Haniyeh 044 Ayatollah Ali Khamenei");
    }

    @Test
    void aMeetingsPlaceMayStandBeforeItsPartnerAndACallToDoSomethingIsATelephoneCall() {
        assertThat(named("ISTANBUL, May 16, 2025 (Newsflow) - Turkish Foreign Minister Hakan Fidan held a trilateral "
                + "meeting in Istanbul with US Secretary of State Marco Rubio.")).contains("Hakan Fidan 044 Marco Rubio");
        assertThat(named("BUDAPEST, Feb 26, 2025 (Newsflow) - Hungarian Prime Minister Viktor Orban called Serbian "
                + "President Aleksandar Vucic to offer his support.")).containsExactly(
                        "Viktor Orban 041 Aleksandar Vucic");
    }

    @Test
    void aCounterpartCoordinatedWithTheSubjectIsItsPartner() {
        assertThat(named("LUANDA, May 2, 2024 (Newsflow) - Brazilian Foreign Minister Mauro Vieira and his Angolan "
                + "counterpart, Téte António, also signed a memorandum on cooperation.")).containsExactly(
                        "Mauro Vieira 057 Téte António");
    }

    @Test
    void theMinistersAfterTalksAreTheTwoWhoHeldThem() {
        assertThat(named("KYIV, Nov 6, 2024 (Newsflow) - Ukrainian Foreign Minister Andrii Sybiha held talks with "
                + "Estonian Foreign Minister Margus Tsahkna. Following the talks, the ministers signed a memorandum of "
                + "understanding on demining.")).contains("Andrii Sybiha 057 Margus Tsahkna");
    }

    @Test
    void moneyOrAnAidPackageGivenToSomeoneIsAidAndInTheFutureItsIntent() {
        // (money given is economic aid, 071, since "** million * to" can reach the "to" right after the sum)
        assertThat(coded("KINGSTON, March 11, 2024 (Newsflow) - Washington gave a further US$100 million to Haiti on "
                + "Monday.")).containsExactly("USA 071 HTI");
        assertThat(coded("KYIV, Nov 6, 2024 (Newsflow) - Estonian Foreign Minister Margus Tsahkna said Estonia would "
                + "hand over a new military aid package worth EUR 30 million to Ukraine.")).contains("EST 033 UKR");
    }

    @Test
    void aDateBetweenThePossessorAndItsActKeepsThePossessorTheSource() {
        assertThat(coded("ISLAMABAD, Sept 18, 2025 (Newsflow) - The pact comes days after Israel's September 9 strike on "
                + "Qatar.")).containsExactly("ISR 190 QAT");
        assertThat(coded("JERUSALEM, Oct 7, 2024 (Newsflow) - Hamas's 7 October attack on Israel began the war."))
                .contains("PSE 190 ISR");
    }

    @Test
    void anArrestToldAsANounIsTheActOfTheStateWhereItHappened() {
        assertThat(coded("ALGIERS, April 12, 2025 (Newsflow) - The measure was a response to the arrest in France of an "
                + "Algerian consular agent.")).containsExactly("FRA 173 DZA");
        assertThat(coded("ALGIERS, April 12, 2025 (Newsflow) - The measure was a response to the arrest of an Algerian "
                + "consular agent in France.")).containsExactly("FRA 173 DZA");
    }

    @Test
    void aSecondVerbAfterARelativeClauseOnTheObjectKeepsTheFirstVerbsSubject() {
        assertThat(named("ISTANBUL, May 16, 2025 (Newsflow) - Turkish Foreign Minister Hakan Fidan chaired the meeting, "
                + "which lasted nearly two hours, and urged Russia to agree on a ceasefire.")).anyMatch(
                        e -> e.startsWith("Hakan Fidan 02") && e.endsWith("Russia"));
    }

    @Test
    void bothLeadersAsAnObjectAreTheCoordinatedSubjectsToldLast() {
        assertThat(named("JERUSALEM, Nov 24, 2023 (Newsflow) - Belgian Prime Minister Alexander De Croo and Spanish "
                + "Prime Minister Pedro Sanchez visited the Rafah crossing on Friday. Israeli Foreign Minister Eli Cohen "
                + "accused both prime ministers of giving support to terrorism.")).contains(
                        "Eli Cohen 112 Alexander De Croo", "Eli Cohen 112 Pedro Sanchez");
    }

    @Test
    void aPairNounAfterAGroupOfThreeToldBeforeAnyTalksCodesWhatItCanAndNoMore() {
        // three coordinated critics and no talks told before: "both ministers" has no pair to refer to
        List<NewsEvent> e = events("JERUSALEM, Nov 24, 2023 (Newsflow) - Belgium, Spain and Ireland condemned Israel on "
                + "Friday. Israeli Foreign Minister Eli Cohen accused both ministers of supporting terrorism.");
        assertThat(e).extracting(x -> x.source().countryCode()).contains("BEL", "ESP", "IRL");
    }

    @Test
    void anAttackNounAfterANameThatAOpensHidesNoVerbAfterIt() {
        assertThat(coded("DAMASCUS, April 1, 2024 (Newsflow) - An Israeli air strike destroyed Iran's consular building "
                + "on Monday.")).containsExactly("ISR 190 IRN");
        assertThat(coded("GAZA, May 5, 2024 (Newsflow) - Israeli air strikes hit Gaza on Sunday."))
                .containsExactly("ISR 190 PSE"); // the strikes that hit: one act
        assertThat(coded("KYIV, May 5, 2024 (Newsflow) - A Russian missile attack killed two Ukrainian soldiers."))
                .containsExactly("RUS 190 UKR");
        // the noun after "a" and a name stays a noun: "rejected an Israeli offer" is one act
        assertThat(coded("BERLIN, May 5, 2024 (Newsflow) - Germany rejected an Israeli offer to resume talks."))
                .containsExactly("DEU 125 ISR");
    }

    @Test
    void anOrdinalMakesTheActAfterItANoun() {
        // "the first attack since January" tells no second attack; "they first met" stays a verb
        assertThat(coded("KYIV, May 20, 2025 (Newsflow) - Russia attacked Kyiv on Monday, the first attack since January."))
                .containsExactly("RUS 190 UKR");
    }

    @Test
    void theGatheringOnWhoseSidelinesTwoLeadersMetIsNoPartyToTheTalks() {
        assertThat(named("SAN FRANCISCO, Nov. 16, 2023 (Newsflow) - Kishida and Xi held talks on the sidelines of the "
                + "Asia-Pacific Economic Cooperation summit.")).containsExactly("Kishida 044 Xi");
    }

    @Test
    void twoPersonsOfTheFirstActAreThePairBeforeAnyTalks() {
        assertThat(named("SAN FRANCISCO, Nov. 16, 2023 (Newsflow) - Japanese Prime Minister Fumio Kishida urged Chinese "
                + "President Xi Jinping on Thursday to lift the ban on Japanese seafood, as the two leaders held their "
                + "first face-to-face talks in a year.")).contains("Fumio Kishida 044 Xi Jinping");
    }

    @Test
    void aReactionToACallOrAnAgreementTellsWhoseActItCriticised() {
        assertThat(named("BERLIN, Nov. 15, 2024 (Newsflow) - German Chancellor Olaf Scholz spoke with Russian President "
                + "Vladimir Putin by telephone on Friday. Ukrainian President Volodymyr Zelensky sharply criticised the call "
                + "in his evening video address.")).contains("Volodymyr Zelensky 110 Olaf Scholz");
        // "attacked the agreement" is criticism, not violence
        assertThat(named("ROME, Nov. 7, 2023 (Newsflow) - Italian Prime Minister Giorgia Meloni signed an agreement with "
                + "Albanian Prime Minister Edi Rama. Opposition leader Elly Schlein attacked the agreement.")).contains(
                        "Elly Schlein 111 Giorgia Meloni");
    }

    @Test
    void aTimeInAClauseThatSinceOpensIsThatClausesTime() {
        List<NewsEvent> e = events("LONDON, May 20, 2025 (Newsflow) - The UK has suspended trade talks with Israel, in the "
                + "sharpest break with its government since Labour took office last July.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).containsExactly("164 2025-05");
    }

    @Test
    void aFrontierReopenedEasesAndABodyOfNoStateTravellingAtHomeVisitsNoOne() {
        assertThat(coded("KIGALI, Jan 31, 2022 (Newsflow) - Rwanda reopened its main frontier with Uganda on Monday."))
                .containsExactly("RWA 081 UGA");
        // a body of no state travelling within the story's country visits no one
        assertThat(coded("PORTLAND, Ore., Jan 6, 2024 (Newsflow) - A National Transportation Safety Board team arrived in "
                + "Portland on Saturday.")).isEmpty();
    }

    @Test
    void anActToldBeforeNamedAndJudgedIsCriticismOfWhoeverDidIt() {
        assertThat(named("WASHINGTON, Feb 24, 2022 (Newsflow) - Russia invaded Ukraine. US President Joe Biden described "
                + "the invasion as a crime.")).contains("Joe Biden 111 Russia");
        assertThat(named("ISTANBUL, March 19, 2025 (Newsflow) - Turkish police detained Istanbul Mayor Ekrem Imamoglu. "
                + "Opposition leader Ozgur Ozel called the detention a coup against the next president.")).contains(
                        "Ozgur Ozel 111 Turkey");
    }

    @Test
    void aSecondVerbOfARelativeClauseHasTheClausesAntecedentAsItsSubject() {
        assertThat(named("JEDDAH, March 11, 2025 (Newsflow) - Ukrainian President Volodymyr Zelensky, who arrived in Jeddah "
                + "on Monday and was received by Crown Prince Mohammed bin Salman at Al-Salam Palace, did not take part "
                + "in the talks.")).contains("Mohammed bin Salman 043 Volodymyr Zelensky");
    }

    @Test
    void aWebPagesHomeActIsDoneInTheCountryItNamesMost() {
        // no dateline: the coup the bloc condemned is Guinea's, the country the page names most
        AnalysedArticle a = SharedEngine.ENGINE.analyse(io.newsflow.extract.cli.ArticleFiles.article("Guinea",
                null, "Soldiers seized power in Guinea on Sunday and detained the president of Guinea. Guinea's borders "
                        + "were closed. The Economic Community of West African States condemned the coup.",
                java.time.Instant.parse("2021-09-08T10:00:00Z"), "Africanews", null, "text/plain"));
        assertThat(a.events()).extracting(e -> e.source().countryCode() + " " + e.cameo().root() + " "
                + (e.target() == null ? "-" : e.target().countryCode())).contains("ECOWAS 11 GIN");
    }

    @Test
    void itsAmbassadorSummonedIsTheEnvoyOfTheStateTheClauseNamed() {
        assertThat(coded("LONDON, May 20, 2025 (Newsflow) - The UK has suspended negotiations on a trade agreement with "
                + "Israel, summoned its ambassador and imposed sanctions.")).contains("GBR 114 ISR");
    }

    @Test
    void itOpeningASentenceWithItsVerbContinuesTheBodyOrStateThatOpenedTheOneBefore() {
        assertThat(coded("BANGKOK, July 24, 2025 (Newsflow) - On Wednesday, Bangkok expelled Cambodia's ambassador. It "
                + "also accused Cambodian troops of laying new mines.")).contains("THA 112 KHM");
        // "It was" opens no act of a body
        assertThat(coded("BANGKOK, July 24, 2025 (Newsflow) - Thailand closed the border. It was the worst crisis in "
                + "years.")).doesNotContain("THA 112 KHM");
    }

    @Test
    void aDeportationCondemnedIsTheDeportingStatesAct() {
        assertThat(named("BANGKOK, Feb 27, 2025 (Newsflow) - Thailand deported 40 Uyghurs to China on Thursday. US "
                + "Secretary of State Marco Rubio condemned the deportation.")).contains("Marco Rubio 111 Thailand");
    }

    @Test
    void whatTheSpeakerCalledIsWhatIsCondemnedAndItsNounIsNoActOfHis() {
        assertThat(coded("NEW YORK, Nov 26, 2018 (Newsflow) - U.S. Ambassador Nikki Haley condemned what she called "
                + "Russia's \"outlaw actions\".")).containsExactly("USA 111 RUS");
        assertThat(named("PARIS, March 2, 2018 (Newsflow) - Gunmen attacked the French embassy in Ouagadougou on Friday. "
                + "Foreign Minister Jean-Yves Le Drian condemned what he called a \"cowardly\" attack."))
                .containsExactly("gunmen 180 French Embassy", "Jean-Yves Le Drian 111 gunmen");
    }

    @Test
    void theVictimOfTheViolenceCondemnedIsNotWhoIsCondemnedAndAVerbOfASeriesSharesTheSubject() {
        assertThat(coded("RIYADH, Jan 3, 2016 (Newsflow) - Gulf Cooperation Council Secretary General Abdullatif bin "
                + "Rashid Al-Zayani condemned the attacks on the Kingdom's diplomatic missions in Iran, held the Iranian "
                + "authorities fully responsible for them and affirmed the Council's solidarity."))
                .doesNotContain("GCC 111 SAU").contains("GCC 112 IRN");
        // a participle after a comma is no verb of the series
        assertThat(coded("GENEVA, Jan 3, 2016 (Newsflow) - The talks, held in Geneva, ended and resumed.")).isEmpty();
    }

    @Test
    void meetingCostsAndABodyThatMetAloneAreNoMeetings() {
        assertThat(coded("DAR ES SALAAM, Nov 17, 2024 (Newsflow) - President Samia Suluhu Hassan said the government "
                + "would meet the burial costs of the victims.")).isEmpty();
        assertThat(coded("CANBERRA, July 19, 2024 (Newsflow) - Prime Minister Anthony Albanese said the government's "
                + "crisis coordination body had met.")).isEmpty();
        assertThat(coded("CANBERRA, July 19, 2024 (Newsflow) - Prime Minister Anthony Albanese met Chinese Premier Li "
                + "Qiang.")).containsExactly("AUS 044 CHN");
    }

    @Test
    void anArrestToldWithFirstIsAPassiveAndAnAccidentsTollIsNoKilling() {
        assertThat(coded("ABUJA, June 29, 2021 (Newsflow) - IPOB leader Nnamdi Kanu was arrested in June. He was first "
                + "arrested in Lagos in October 2015.")).containsExactly("NGA 173 NGA", "NGA 173 NGA");
        assertThat(coded("DAR ES SALAAM, Nov 17, 2024 (Newsflow) - The number of people killed when a four-storey "
                + "building collapsed in Kariakoo on Saturday has risen to 16.")).isEmpty();
    }

    @Test
    void aChargeIsAnAccusationOfACrimeByTheStateWhereItIsBrought() {
        assertThat(coded("ISLAMABAD, Jan 30, 2024 (Newsflow) - Former Prime Minister Imran Khan was charged with "
                + "corruption.")).containsExactly("PAK 1121 PAK");
    }

    @Test
    void anOrderToLeaveTheCountryIsAnExpulsionAndABureausDatelineIsNoHomeOfTheStorysBodies() {
        // the story never names Kenya: "the foreign ministry" is Ethiopia's, the state the story is about
        assertThat(coded("NAIROBI, Kenya, Sept 30, 2021 (Newsflow) - Ethiopia's government on Thursday ordered seven "
                + "senior United Nations officials to leave the country. The foreign ministry declared the officials "
                + "persona non grata. Ethiopia said so, and Ethiopia did so. The White House condemned the move."))
                .contains("ETH 166 UN", "ETH 161 -", "USA 111 ETH");
    }

    @Test
    void aCallToCongratulateIsACallAndPraiseAndARecognitionOrAMeetingAttendedIsCoded() {
        assertThat(coded("PARIS, Jan 10, 2025 (Newsflow) - French President Emmanuel Macron phoned Lebanese President "
                + "Joseph Aoun to congratulate him.")).containsExactly("FRA 041 LBN", "FRA 051 LBN");
        assertThat(coded("MOSCOW, July 3, 2025 (Newsflow) - Russia on Thursday officially recognised the Islamic Emirate "
                + "of Afghanistan.")).containsExactly("RUS 054 AFG");
        assertThat(coded("BEIJING, Oct 14, 2024 (Newsflow) - Premier Li Qiang attended the meeting of the Shanghai "
                + "Cooperation Organisation in Islamabad.")).contains("CHN 042 SCO");
        // the CSTO's council is no UN body
        assertThat(coded("MOSCOW, Nov 27, 2024 (Newsflow) - Russian President Vladimir Putin took part in the session "
                + "of the Collective Security Council.")).doesNotContain("RUS 042 UNSC");
    }

    @Test
    void aSayerIsFoundPastAQuotedWordAndTheFirstVerbsObjectAndAJudgementInTheSpeakersWordsIsCriticism() {
        assertThat(coded("TEHRAN, Oct 31, 2024 (Newsflow) - Iran condemned the German decision as \"irrational\" and said "
                + "it had summoned the German charge d'affaires.")).containsExactly("IRN 111 DEU", "IRN 114 DEU");
        assertThat(coded("BELGRADE, Oct 31, 2024 (Newsflow) - Serbian President Aleksandar Vucic called it \"a shameful "
                + "decision\".")).containsExactly("SRB 111 -");
        assertThat(coded("KUALA LUMPUR, Feb 21, 2017 (Newsflow) - Prime Minister Najib Razak said Malaysia would act. "
                + "Deputy Prime Minister Ahmad Zahid Hamidi called North Korea's statement \"insulting\".")).contains("MYS 111 PRK");
    }

    @Test
    void aStatesFormalNameATariffAnnouncedAndAResolutionAttackedAreRead() {
        assertThat(coded("ALGIERS, Aug 24, 2021 (Newsflow) - Algeria has decided to sever its diplomatic relations with "
                + "the Kingdom of Morocco.")).containsExactly("DZA 161 MAR");
        assertThat(coded("WASHINGTON, April 3, 2025 (Newsflow) - Trump announced a 49 percent tariff on Cambodian goods."))
                .containsExactly("USA 163 KHM");
        assertThat(coded("NEW YORK, Dec 12, 2024 (Newsflow) - Israeli Ambassador Danny Danon attacked the resolution."))
                .containsExactly("ISR 111 -");
        assertThat(coded("KYIV, Apr 22, 2010 (Newsflow) - Opposition leader Yulia Tymoshenko called the agreement "
                + "unconstitutional.")).containsExactly("UKR 111 -");
    }

    @Test
    void aMoveCondemnedIsAnActNotAnAppeal() {
        assertThat(coded("ADDIS ABABA, Sept 30, 2021 (Newsflow) - Ethiopia expelled seven UN officials on Thursday. UN "
                + "Secretary-General Antonio Guterres urged Ethiopia to let them stay. The White House condemned the move."))
                .contains("USA 111 ETH").doesNotContain("USA 111 UN");
    }

    @Test
    void aPartnerBeforeTheTitleOfTheSecondNameSignsWithIt() {
        assertThat(coded("DOHA, Feb 29, 2020 (Newsflow) - US envoy Zalmay Khalilzad and the Taliban's political chief, "
                + "Abdul Ghani Baradar, signed the agreement.")).containsExactly("USA 057 AFG");
        // a clause's conjunction is no title: "when Albanese visited" is his own visit
        assertThat(coded("BEIJING, March 20, 2024 (Newsflow) - Chinese President Xi Jinping and Australian Prime Minister "
                + "Anthony Albanese reached consensus when Albanese visited China last November.")).contains("AUS 042 CHN");
    }

    @Test
    void anAppealToAllSidesFromAbroadIsMadeToTheStorysCountry() {
        assertThat(coded("LIBREVILLE, Aug 31, 2023 (Newsflow) - China called on all sides to ensure Bongo's safety."))
                .containsExactly("CHN 020 GAB");
        // the country's own voice appeals to its own sides, no state
        assertThat(coded("LIBREVILLE, Aug 31, 2023 (Newsflow) - Gabonese President Ali Bongo called on all parties to "
                + "stay calm.")).containsExactly("GAB 020 -");
    }

    @Test
    void bothLeadersSpokenToByPhoneOrMetSeparatelyAreEachATarget() {
        assertThat(coded("BANGKOK, July 27, 2025 (Newsflow) - Thai Prime Minister Phumtham Wechayachai and Cambodian Prime "
                + "Minister Hun Manet agreed to a ceasefire. US President Donald Trump said he had spoken to both leaders "
                + "by phone.")).contains("USA 041 THA", "USA 041 KHM");
        assertThat(coded("NICOSIA, May 15, 2024 (Newsflow) - Cypriot President Nikos Christodoulides and Turkish Cypriot "
                + "leader Ersin Tatar met on Monday. UN Secretary-General Antonio Guterres held separate meetings with "
                + "the two leaders on Tuesday morning.")).containsExactly("CYP 044 CYP", "UN 044 CYP", "UN 044 CYP");
    }

    @Test
    void markupLeftInATextIsNoWordOfIt() {
        assertThat(coded("GENEVA, March 4, 2024 (Newsflow) - Russian Foreign Minister Sergei Lavrov met <img src=x "
                + "onerror=\"window.x = 1\"> French Foreign Minister Jean-Noel Barrot in Geneva on Monday."))
                .containsExactly("RUS 044 FRA");
    }

    @Test
    void aWarplaneShotDownIsAnAttackOnTheStateItFliesFor() {
        assertThat(coded("Ankara, Nov 24, 2015 (Newsflow) - Turkish fighter jets on Tuesday shot down a Russian warplane "
                + "near the Syrian border.")).containsExactly("TUR 190 RUS");
    }

    @Test
    void aWarningOfConsequencesForTheWarnersRelationsAimsAtTheOtherParty() {
        // the quote that opens inside the act's words closes after them; "Russia's relations" are the warner's own
        assertThat(coded("MOSCOW, Nov 24, 2015 (Newsflow) - President Vladimir Putin warned of \"serious consequences\" "
                + "for Russia's relations with Turkey.")).containsExactly("RUS 130 TUR");
    }

    @Test
    void theFederalGovernmentIsTheStateAsTheGovernmentIs() {
        assertThat(coded("MEXICO CITY, Nov 5, 2019 (Newsflow) - Opposition leader Marko Cortés demanded that the federal "
                + "government punish those responsible.")).containsExactly("MEX 100 MEX");
    }

    @Test
    void anOfferDeclinedIsARejectionOfTheOneWhoOfferedIt() {
        assertThat(named("MEXICO CITY, Nov 5, 2019 (Newsflow) - President Andrés Manuel López Obrador on Tuesday declined "
                + "an offer from United States President Donald Trump to help Mexico.")).contains(
                        "Andrés Manuel López Obrador 120 Donald Trump");
    }

    @Test
    void apologiesOfferedOrConveyedAreAnApology() {
        assertThat(coded("TOKYO, Dec 28, 2015 (Newsflow) - Prime Minister Shinzo Abe conveyed his apology directly to "
                + "South Korean President Park Geun-hye.")).containsExactly("JPN 055 KOR");
        assertThat(coded("TOKYO, Dec 28, 2015 (Newsflow) - Prime Minister Shinzo Abe offers anew his most sincere "
                + "apologies to the women.")).containsExactly("JPN 055 -");
    }

    @Test
    void envoysRecalledFromSeveralCapitalsReduceRelationsWithEach() {
        assertThat(coded("JERUSALEM, May 22, 2024 (Newsflow) - Israel recalled its ambassadors to Dublin, Oslo and Madrid."))
                .containsExactly("ISR 161 IRL", "ISR 161 NOR", "ISR 161 ESP");
    }

    @Test
    void aChargeRejectedAnswersWhoMadeIt() {
        assertThat(coded("DUBLIN, May 22, 2024 (Newsflow) - Israeli Foreign Minister Israel Katz accused Ireland of "
                + "rewarding terrorism. Irish Foreign Minister Micheál Martin rejected that charge."))
                .containsExactly("ISR 112 IRL", "IRL 120 ISR");
    }

    @Test
    void aSecondVerbOfAnotherKindInTheSameRootIsAnotherAct() {
        assertThat(coded("COLOMBO, July 13, 2022 (Newsflow) - Acting President Ranil Wickremesinghe declared a state of "
                + "emergency and imposed a curfew in the Western province.")).containsExactly("LKA 1724 LKA", "LKA 1723 LKA");
    }

    @Test
    void aTimeAfterSinceNeverDatesTheActTold() {
        List<NewsEvent> e = events("CAIRO, Feb 15, 2024 (Newsflow) - Turkish President Recep Tayyip Erdoğan on Feb. 14 "
                + "paid his first visit to Egypt since 2012, holding talks with his Egyptian counterpart Abdel Fattah el-Sisi.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).contains("044 2024-02-14");
    }

    @Test
    void aidAnnouncedForAPeopleIsAPledgeToTheirState() {
        assertThat(coded("BERLIN, Oct 31, 2024 (Newsflow) - Foreign Minister Annalena Baerbock announced an additional "
                + "50 million euros in humanitarian aid for Syrians.")).containsExactly("DEU 033 SYR");
    }

    @Test
    void theAccusersOwnSideInTheChargeIsItsVictimNotTheAccused() {
        assertThat(coded("MOSCOW, May 15, 2024 (Newsflow) - Russian Foreign Ministry spokeswoman Maria Zakharova accused "
                + "the envoys of meddling in Russia's affairs on behalf of Britain.")).containsExactly("RUS 112 GBR");
    }

    @Test
    void settingFootInACountryIsAVisit() {
        assertThat(coded("HAVANA, March 21, 2016 (Newsflow) - US President Barack Obama became the first sitting American "
                + "president to set foot in Cuba since 1928.")).containsExactly("USA 042 CUB");
    }

    @Test
    void aResignationDemandedOrPromisedIsNoResignation() {
        // (a demand that a leader resign is a demand for a change in leadership, 1041)
        assertThat(coded("LA PAZ, Nov 10, 2019 (Newsflow) - Protesters demanded that President Evo Morales resign."))
                .containsExactly("BOL 1041 BOL");
        assertThat(coded("LA PAZ, Nov 10, 2019 (Newsflow) - Bolivian President Evo Morales announced his resignation on "
                + "Sunday.")).extracting(c -> c.substring(4, 8)).containsExactly("0831");
    }

    @Test
    void anAgreementSanctionsOrAnAccusationWithNoOneNamedIsNoEvent() {
        assertThat(coded("PARIS, May 15, 2024 (Newsflow) - French Foreign Minister Stéphane Séjourné accused the "
                + "smugglers of putting lives at risk.")).isEmpty();
    }

    @Test
    void whereAGuestCameFromAndWhoCameAlongAreNoHostOfTheVisit() {
        assertThat(coded("CAIRO, Feb 14, 2024 (Newsflow) - Turkish President Recep Tayyip Erdoğan, who arrived in Cairo "
                + "from the United Arab Emirates, held talks with Egyptian President Abdel Fattah el-Sisi."))
                .contains("TUR 042 EGY").doesNotContain("TUR 042 ARE");
        assertThat(coded("OTTAWA, March 23, 2023 (Newsflow) - US President Joe Biden, who arrived in the capital on Thursday "
                + "with first lady Jill Biden, will address Parliament.")).doesNotContain("USA 042 -");
    }

    @Test
    void meetingTheNationalInterestsIsNoMeeting() {
        assertThat(coded("KYIV, April 21, 2010 (Newsflow) - Ukrainian President Viktor Yanukovich said the agreement met the "
                + "national interests of Ukraine.")).isEmpty();
    }

    @Test
    void houseArrestRequestedIsNoArrest() {
        assertThat(coded("BUENOS AIRES, June 11, 2025 (Newsflow) - Given her age, former president Cristina Fernández de "
                + "Kirchner is expected to request house arrest.")).isEmpty();
    }

    @Test
    void aRulingWelcomedInAStoryOfTheWorldCourtAnswersTheCourt() {
        assertThat(coded("THE HAGUE, Jan 26, 2024 (Newsflow) - The International Court of Justice ordered Israel to "
                + "prevent acts of genocide in Gaza. South African Foreign Minister Naledi Pandor welcomed the ruling."))
                .contains("ZAF 051 ICJ");
    }

    @Test
    void itAfterASentenceWhoseNameStandsInWhatWasSaidIsNoneOfThatName() {
        // "It" continues the unnamed commission that said so, not the United States named in what it said
        assertThat(coded("BEIJING, April 4, 2025 (Xinhua) -- The commission said the U.S. tariffs run counter to "
                + "international trade rules. It urged the U.S. side to immediately cancel its unilateral tariff measures."))
                .noneMatch(c -> c.startsWith("USA"));
        assertThat(coded("BEIJING, April 4, 2025 (Xinhua) -- China's commerce ministry criticised the tariffs. It urged "
                + "the U.S. side to cancel them.")).contains("CHN 020 USA");
    }

    @Test
    void aVolcanicAlertRaisedIsNoMilitaryAlert() {
        assertThat(coded("TOKYO, Sept 28, 2014 (Kyodo) - The Japan Meteorological Agency raised the volcanic alert level "
                + "for Mount Ontake to 3.")).isEmpty();
        assertThat(coded("SEOUL, Aug 21, 2015 (Newsflow) - South Korea raised the military alert level along the border."))
                .contains("KOR 152 -");
    }

    @Test
    void fansCelebratingInTheStreetsAreNoProtest() {
        assertThat(coded("LAHORE, Oct 25, 2021 (Newsflow) - Celebrations erupted across Pakistan as fans took to the "
                + "streets.")).isEmpty();
    }

    @Test
    void welcomingVisitorsOrVisitingShopsIsNoActBetweenActors() {
        assertThat(coded("CAIRO, Jan 25, 2018 (Newsflow) - Egypt moved the statue of King Ramses II on Thursday.\n"
                + "\"Ramses II will now welcome every visitor who enters the museum,\" Antiquities Minister Khaled "
                + "El-Enany told reporters.")).isEmpty();
        // a web story without a dateline: "the country" had been Saudi Arabia, the last state named
        assertThat(events("Value added tax came into force in the UAE on Monday. Saudi Arabia also introduced VAT at "
                + "the same rate on Monday.\nThe Ministry of Economy said its inspectors had visited outlets across the "
                + "country to check prices.")).isEmpty();
    }

    @Test
    void monthsJailIsTheSentenceNotASecondAct() {
        assertThat(coded("SINGAPORE, Sept 4, 2020 (Newsflow) - Indonesian maid Parti Liyani was convicted in March 2019. "
                + "She was sentenced to two years and two months' jail, but was allowed to remain in Singapore."))
                .noneMatch(c -> c.startsWith("IDN 173"));
    }

    @Test
    void aClubsPresidentOrAMotorCompanyActsForNoState() {
        assertThat(coded("BERLIN, April 14, 2024 (Newsflow) - Bayer Leverkusen won the title. Bayern president Herbert "
                + "Hainer congratulated Leverkusen on a deserved title.")).isEmpty();
        assertThat(coded("TOKYO, Feb 13, 2025 (Newsflow) - Mitsubishi Motors, which had been weighing whether to join the "
                + "group, also withdrew from the framework.")).isEmpty();
    }

    @Test
    void aCutInRelationsToldWithWillIsDecidedNotThreatened() {
        assertThat(coded("WARSAW, Feb 9, 2023 (Newsflow) - Poland will close the Bobrowniki border crossing with Belarus "
                + "from Friday, the interior minister said on Thursday.")).contains("POL 163 BLR");
        // (a plain "would" under a condition stays a threat: the condition is what the rule asks about)
        assertThat(coded("HELSINKI, Nov 16, 2023 (Newsflow) - Finland would close the entire eastern border with "
                + "Russia if the arrivals continued, the interior minister said.")).noneMatch(c -> c.contains(" 163 "));
    }

    @Test
    void nationalsGivenDaysToLeaveOrAnEnvoyAskedToLeaveAreExpelled() {
        assertThat(coded("RIYADH, June 5, 2017 (Newsflow) - Saudi Arabia gave Qatari citizens 14 days to leave the "
                + "kingdom.")).contains("SAU 174 QAT");
        assertThat(coded("ANKARA, May 15, 2018 (Newsflow) - Turkey on Tuesday asked Israel's ambassador in Ankara to leave "
                + "the country for a while.")).contains("TUR 161 ISR");
        assertThat(coded("AMMAN, Oct 21, 2018 (Newsflow) - Jordan has notified Israel of its decision to terminate the "
                + "two annexes of the 1994 peace treaty.")).contains("JOR 166 ISR");
    }

    @Test
    void makingTheTripToACapitalIsAVisit() {
        assertThat(coded("NIAMEY, Aug 9, 2023 (Newsflow) - Togo's Foreign Minister Robert Dussey made the trip to Niamey "
                + "on Wednesday.")).containsExactly("TGO 042 NER");
    }

    @Test
    void aCeasefireSignedByTwoSidesIsEachSidesAndAHandshakeIsAMeeting() {
        assertThat(coded("HAVANA, June 23, 2016 (Newsflow) - Russia signed a ceasefire with Ukraine."))
                .contains("RUS 0871 UKR", "UKR 0871 RUS");
        assertThat(coded("HAVANA, June 23, 2016 (Newsflow) - Colombian President Juan Manuel Santos and FARC leader "
                + "Rodrigo Londono shook hands after the signing.")).containsExactly("COL 040 COL");
    }

    @Test
    void theTwoLeadersAreTheLastTwoLeadersOfTwoStatesNamed() {
        // no act told the pair: the two persons the sentence before named
        assertThat(coded("OTTAWA, March 24, 2023 (Newsflow) - Canadian Prime Minister Justin Trudeau and US President Joe "
                + "Biden announced a deal. It came after the two leaders met on Parliament Hill.")).contains("CAN 044 USA");
        // "the ministers" alone refers to a pair only after an act told one
        assertThat(coded("CAIRO, Nov 12, 2011 (Newsflow) - Syrian President Bashar al-Assad spoke on television. Qatari "
                + "Prime Minister Hamad bin Jassim al-Thani spoke in Cairo. The ministers also called on the Syrian army "
                + "to stop killing civilians.")).noneMatch(c -> c.startsWith("SYR 020"));
    }

    @Test
    void aTariffOfSomePercentOnAStatesGoodsIsASanction() {
        assertThat(coded("BEIJING, April 4, 2025 (Newsflow) - China will impose an additional 34 percent tariff on all "
                + "imports from the United States.")).contains("CHN 163 USA");
    }

    @Test
    void fightingAlongsideOrThankingForSupportCodeNoAttackAndNoSecondAct() {
        assertThat(coded("KYIV, Oct 20, 2024 (Newsflow) - North Korea is preparing its soldiers to fight alongside Russian "
                + "forces.")).noneMatch(c -> c.contains(" 190 "));
        assertThat(coded("BEIJING, July 23, 2024 (Newsflow) - Palestinian official Mahmoud al-Aloul thanked China for its "
                + "long-standing support for the Palestinian cause.")).containsExactly("PSE 051 CHN");
    }

    @Test
    void aLeadersPraiseThatLandsOnHisOwnStateIsNoEvent() {
        assertThat(coded("BUCHAREST, Dec 12, 2024 (Newsflow) - Romanian President Klaus Iohannis welcomed the decision as "
                + "recognition of Romania's efforts.")).isEmpty();
        // his own people praised by name stay whom he praised; his state's own support is nobody's praise
        assertThat(coded("KHARTOUM, March 21, 2025 (Newsflow) - Sovereignty Council chairman Abdel Fattah al-Burhan "
                + "congratulated the Sudanese people on the liberation of the palace.")).contains("SDN 051 SDN");
        assertThat(coded("WASHINGTON, June 3, 2024 (Newsflow) - Secretary of State Antony Blinken reaffirmed U.S. "
                + "support for the dialogue.")).containsExactly("USA 051 -");
    }

    @Test
    void anOrderTargetingOfficialsIsASanctionAndACommitmentToActIsAnIntent() {
        assertThat(coded("WASHINGTON, March 17, 2014 (Newsflow) - President Barack Obama signed an executive order "
                + "targeting seven Russian officials.")).containsExactly("USA 163 RUS");
        assertThat(coded("DHAKA, March 27, 2021 (Newsflow) - Indian Prime Minister Narendra Modi reiterated his "
                + "government's commitment to conclude the agreement with Bangladesh.")).extracting(c -> c.substring(4, 6))
                .containsOnly("03");
    }

    @Test
    void aReactionToAnActToldButNotCodedIsAimedAtItsDoer() {
        // the act is a verb of the noun's family in an earlier sentence: its subject, its possessor or its agent did it
        assertThat(coded("KAMPALA, Feb 25, 2014 (Newsflow) - Ugandan President Yoweri Museveni on Monday signed the bill "
                + "into law. In Washington, Press Secretary Jay Carney condemned the signing.")).contains("USA 111 UGA");
        assertThat(coded("BERLIN, Oct 21, 2018 (Newsflow) - Saudi agents killed the journalist in Istanbul. German "
                + "Chancellor Angela Merkel condemned the killing on Sunday.")).contains("DEU 111 SAU");
        assertThat(coded("LONDON, July 20, 2019 (Newsflow) - The tanker was seized by Iran on Friday. Foreign Secretary "
                + "Jeremy Hunt condemned the seizure.")).contains("GBR 111 IRN");
        // praise of an act answers its doer too
        assertThat(coded("KAMPALA, May 2, 2024 (Newsflow) - Speaker of Parliament Anita Among has dismissed the sanctions "
                + "imposed on her by the United Kingdom. Opposition leader Robert Kyagulanyi welcomed the sanctions."))
                .contains("UGA 051 GBR");
        // a passive without its agent names no doer: the victims stand before the verb
        assertThat(coded("ABUJA, May 3, 2021 (Newsflow) - Ten Nigerian soldiers were killed in the north. Ghanaian "
                + "President Nana Akufo-Addo condemned the killing.")).noneMatch(c -> c.endsWith(" NGA"));
    }

    @Test
    void aBombTestedIsAShowOfForceAndATimeGivenToRatifyIsNoAct() {
        assertThat(coded("SEOUL, Jan 6, 2016 (Newsflow) - North Korea said Wednesday it had conducted its first hydrogen "
                + "bomb test. South Korean President Park Geun-hye condemned the test.")).containsExactly("PRK 150 -",
                "KOR 111 PRK");
        assertThat(coded("SEOUL, Jan 6, 2016 (Newsflow) - A lawmaker said the device may have been a boosted fission "
                + "bomb rather than a hydrogen bomb.")).isEmpty();
        assertThat(coded("AUCKLAND, Feb 4, 2016 (Newsflow) - The 12 countries - New Zealand, Australia, Japan, Mexico "
                + "and Vietnam - now have two years to ratify the agreement.")).isEmpty();
    }

    @Test
    void aRejectionOfNoOneNamedIsDroppedUnlessWhatIsRejectedIsAVoteAtHome() {
        assertThat(coded("MADRID, May 3, 2021 (Newsflow) - The Spanish government said it did not accept the proposal."))
                .isEmpty();
        assertThat(coded("CONAKRY, Oct 20, 2015 (Newsflow) - Guinean opposition leader Cellou Dalein Diallo said he "
                + "would not recognize the results of the election.")).containsExactly("GIN 120 -");
    }

    @Test
    void aNameInAppositionInsideARelativeClauseLeavesTheSubjectBeforeTheClause() {
        // the clause had its own verb: "who was accompanied by his wife"
        assertThat(events("DAR ES SALAAM, March 24, 2013 (Newsflow) - Mr Xi, who was accompanied by his wife, Madam "
                + "Peng Liyuan, was received at the airport by President Jakaya Kikwete.")).extracting(e -> e.target().name())
                .containsExactly("Xi");
        // "whose Prime Minister, General Abdoulaye Maiga," is the clause's own subject
        assertThat(events("BAMAKO, April 7, 2025 (Newsflow) - The statement came from the transitional government, whose "
                + "Prime Minister, General Abdoulaye Maiga, had accused Algeria of a hostile act.")).extracting(
                        e -> e.source().name()).containsExactly("Abdoulaye Maiga");
    }

    @Test
    void noOneMeetsOrSignsWithHisOwnStateAndATrailingMeetingIsTheSayers() {
        assertThat(coded("ABUJA, June 7, 2021 (Newsflow) - The Minister of Foreign Affairs, Geoffrey Onyeama, met the "
                + "diplomats on Monday.")).isEmpty();
        assertThat(coded("NEW DELHI, Aug 5, 2024 (Newsflow) - Indian media reported she was met there by National "
                + "Security Adviser Ajit Doval.")).isEmpty();
        assertThat(coded("RAMALLAH, Dec 31, 2014 (Newsflow) - Palestinian President Mahmoud Abbas signed the Rome "
                + "Statute on Wednesday. The President signed the documents at the opening of an emergency meeting of the "
                + "Palestinian leadership.")).doesNotContain("PSE 057 PSE");
        // ", after talks with": the sayer's talks, not those of the reported clause's subject
        assertThat(coded("CANBERRA, June 17, 2024 (Newsflow) - Chinese Premier Li Qiang says Australia and China should "
                + "not let their differences define the relationship, after talks with Prime Minister Anthony Albanese "
                + "at Parliament House in Canberra.")).contains("CHN 044 AUS");
        // a clause with its own subject keeps it
        assertThat(coded("JERUSALEM, Dec 15, 2024 (Newsflow) - Israel recalled its ambassador to Ireland in May, after "
                + "Ireland recognized a Palestinian state.")).contains("IRL 054 PSE");
    }

    @Test
    void aJourneyToComePastAnAdverbALightVerbOrAParticipleIsAnIntent() {
        assertThat(coded("DAR ES SALAAM, March 24, 2013 (Newsflow) - Chinese President Xi Jinping will later travel to "
                + "South Africa.")).containsExactly("CHN 036 ZAF");
        assertThat(coded("CANBERRA, June 15, 2024 (Newsflow) - Chinese Premier Li Qiang will travel to Perth on Tuesday "
                + "before flying on to Malaysia.")).contains("CHN 036 MYS").doesNotContain("CHN 042 MYS");
        assertThat(coded("PYONGYANG, June 19, 2024 (Newsflow) - From Pyongyang, Russian President Vladimir Putin will "
                + "fly to Hanoi, where he will pay a state visit to Vietnam.")).containsOnly("RUS 036 VNM");
    }

    @Test
    void aParticipleAfterAnActNamedInTheObjectSharesTheMainSubject() {
        // "Israel's raid" is the object's act: "calling it a war crime" is Egypt's, not Israel's against Egypt
        assertThat(coded("CAIRO, May 3, 2024 (Newsflow) - Egypt condemned Israel's raid on the camp, calling it a war "
                + "crime.")).contains("EGY 111 ISR").doesNotContain("ISR 111 EGY");
    }

    @Test
    void aSpyAgencyActsForItsStateAndOnlyForcesCrossingOrWeaponsHittingAttack() {
        assertThat(coded("SEOUL, Oct 20, 2024 (Newsflow) - South Korea's spy agency on Sunday accused Pyongyang of "
                + "preparing 10,000 soldiers.")).containsExactly("KOR 112 PRK");
        assertThat(coded("KYIV, Sept 10, 2017 (Newsflow) - Georgian opposition leader Mikheil Saakashvili crossed into "
                + "Ukraine on Sunday.")).isEmpty();
        assertThat(coded("KYIV, Feb 24, 2022 (Newsflow) - Russian troops crossed into Ukraine from Belarus."))
                .containsExactly("RUS 190 UKR");
        assertThat(coded("ABUJA, Oct 3, 2022 (Newsflow) - The UAE stopped issuing visas to Nigerians the same month, a "
                + "measure that also hit travellers from about 20 other African countries.")).noneMatch(
                        c -> c.contains(" 19"));
    }

    @Test
    void whatAnAccidentsVehicleHitInASecondClauseIsNoAttack() {
        assertThat(coded("LAGOS, June 3, 2012 (Newsflow) - The crash came a day after a cargo plane operated by a Nigerian "
                + "carrier overran the runway at the airport in Accra, Ghana, and hit a bus, killing about 10 people."))
                .noneMatch(c -> c.contains(" 19") || c.contains(" 18"));
    }

    @Test
    void aTitledCompanionAtACeremonyIsNoHost() {
        assertThat(coded("HONG KONG, Nov 17, 2014 (Newsflow) - Chief Executive Leung Chun-ying attended the ceremony "
                + "with Financial Secretary John Tsang Chun-wah.")).noneMatch(c -> c.contains(" 042 "));
    }

    @Test
    void aPlaceAfterThePartOfItStruckStandsForItsCountry() {
        assertThat(coded("KYIV, April 13, 2025 (Newsflow) - Russia hit the center of Sumy with two ballistic missiles "
                + "on Sunday.")).containsExactly("RUS 190 UKR");
    }

    @Test
    void anInquiryIntoAnAccidentIsNoOnesAct() {
        assertThat(coded("PARIS, April 16, 2019 (Newsflow) - The Paris prosecutor's office opened an inquiry into "
                + "accidental destruction by fire.")).isEmpty();
        assertThat(coded("ISLAMABAD, March 27, 2024 (Newsflow) - Prime Minister Shehbaz Sharif ordered a high-level "
                + "inquiry into the attack.")).containsExactly("PAK 090 -");
    }

    @Test
    void aHarshWordQuotedAfterCallingIsCriticismAndDrugConvictsAreNoVerb() {
        assertThat(coded("JAKARTA, April 29, 2015 (Newsflow) - Indonesia executed eight drug convicts on Wednesday. "
                + "Australian Prime Minister Tony Abbott recalled the ambassador, calling the executions \"both cruel "
                + "and unnecessary\".")).containsExactly("AUS 161 -", "AUS 111 IDN");
    }

    @Test
    void twoLeadersPraiseAThirdAndTwoOfficialsOfOneBodyEachCriticise() {
        assertThat(coded("MONTEVIDEO, Nov 25, 2024 (Newsflow) - Colombian President Gustavo Petro and Chilean President "
                + "Gabriel Boric congratulated Orsi.")).containsExactly("COL 051 -", "CHL 051 -");
        assertThat(named("BRUSSELS, July 5, 2024 (Newsflow) - Ursula von der Leyen and Charles Michel criticised "
                + "Hungary.")).containsExactlyInAnyOrder("Ursula von der Leyen 110 Hungary", "Charles Michel 110 Hungary");
    }

    @Test
    void aJuntaNamedBeforeIsItsStatesAndATimeGivenToActIsAnUltimatum() {
        assertThat(coded("ABUJA, July 30, 2023 (Newsflow) - ECOWAS leaders on Sunday gave Niger's junta one week to "
                + "reinstate President Mohamed Bazoum. ECOWAS suspended all commercial and financial transactions "
                + "between member states and Niamey. On Saturday the junta accused ECOWAS of plotting an intervention."))
                .containsExactly("ECOWAS 139 NER", "ECOWAS 163 NER", "NER 112 ECOWAS");
        assertThat(coded("BAMAKO, Jan 31, 2022 (Newsflow) - Mali's junta gave France's ambassador 72 hours to leave "
                + "the country.")).containsExactly("MLI 161 FRA");
    }

    @Test
    void aStatesStrikesInAnotherStateAndAMissileFiredAtOneAreAimedAtIt() {
        assertThat(coded("ISLAMABAD, Jan 18, 2024 (Newsflow) - Pakistan has carried out military strikes on what it "
                + "called \"terrorist hideouts\" in Iran's southeastern province.")).containsExactly("PAK 190 IRN");
        assertThat(coded("SANAA, Sept 15, 2024 (Newsflow) - Yemen's armed forces fired a new hypersonic ballistic "
                + "missile at central Israel. Hamas hailed the operation.")).containsExactly("YEM 190 ISR", "PSE 051 YEM");
    }

    @Test
    void anObjectPronounIsNotItsOwnClausesSubject() {
        assertThat(named("ISLAMABAD, April 22, 2024 (Newsflow) - Iranian President Ebrahim Raisi arrived in Islamabad "
                + "on Monday. Chief of Army Staff Gen Asim Munir called on him in the evening.")).contains(
                        "Asim Munir 040 Ebrahim Raisi");
    }

    @Test
    void theForeignGuestsListedAtAGatheringVisitTheHost() {
        assertThat(coded("DUBROVNIK, Oct 9, 2024 (Newsflow) - Among the participants were Greek Prime Minister Kyriakos "
                + "Mitsotakis and Serbian President Aleksandar Vucic. Turkey was represented by Foreign Minister Mevlut "
                + "Cavusoglu. The United States delegation was headed by Secretary of Energy Jennifer Granholm."))
                .containsExactly("GRC 042 HRV", "SRB 042 HRV", "TUR 042 HRV", "USA 042 HRV");
        assertThat(coded("KINGSTON, March 26, 2026 (Newsflow) - Rubio met a group of Caribbean leaders, among them "
                + "Barbados Prime Minister Mia Mottley.")).doesNotContain("BRB 042 JAM");
    }

    @Test
    void promisesInAReportedClauseOfHisCountryASumAnIssueRaisedAndTerritoryNotLent() {
        assertThat(coded("RAMALLAH, Nov 3, 2024 (Newsflow) - Spanish Foreign Minister Jose Manuel Albares announced "
                + "that his country would provide an additional 16 million euros to Palestine.")).containsExactly(
                        "ESP 033 PSE");
        assertThat(coded("BAGHDAD, Sept 11, 2024 (Newsflow) - Iraqi Prime Minister Mohammed Shia al-Sudani said Iraq "
                + "would not allow its territory to be used as a platform for threats against Iran.")).containsExactly(
                        "IRQ 030 IRN");
        assertThat(coded("BERLIN, Dec 4, 2019 (Newsflow) - German Chancellor Angela Merkel said she would raise the "
                + "case with Russian President Vladimir Putin.")).containsExactly("DEU 036 RUS");
    }

    @Test
    void theJusticesAreTheCourtNamedBefore() {
        assertThat(named("BUENOS AIRES, June 10, 2025 (Newsflow) - The Supreme Court upheld the conviction of Cristina "
                + "Fernandez de Kirchner. Fernandez de Kirchner accused the justices of acting on orders from the Casa "
                + "Rosada.")).contains("Cristina Fernandez de Kirchner 112 Argentine Supreme Court");
    }

    @Test
    void laterAfterARelativeClauseKeepsItsSubjectAndAGroupOpposedToSomeoneIsNoAct() {
        assertThat(named("ABUJA, July 30, 2023 (Newsflow) - Chad's transitional President, Mahamat Idriss Deby, who "
                + "attended the Abuja summit, later flew to Niamey to meet the coup leaders.")).contains(
                        "Mahamat Idriss Deby 042 Niger").noneMatch(c -> c.startsWith("Nigeria"));
        assertThat(coded("KAMPALA, Dec 1, 2021 (Newsflow) - The ADF, which started as a Ugandan rebel group opposed to "
                + "Mr Museveni, is now based in Congo.")).isEmpty();
    }

    @Test
    void flightsBannedListsOfEntitiesTiesDowngradedRescuersSentAndAJointStatementSigned() {
        assertThat(coded("DAR ES SALAAM, May 5, 2021 (Newsflow) - Tanzania suspended Kenya Airways flights into the "
                + "country.")).containsExactly("TZA 163 KEN");
        assertThat(coded("BEIJING, May 5, 2021 (Newsflow) - China added 11 U.S. entities to its unreliable entity "
                + "list.")).containsExactly("CHN 163 USA");
        assertThat(coded("ISLAMABAD, Aug 7, 2019 (Newsflow) - India revoked the region's special status. Pakistan "
                + "downgraded diplomatic relations.")).contains("PAK 161 -");
        assertThat(coded("ATHENS, Feb 7, 2023 (Newsflow) - Greece sent rescue teams and aid to Turkey after the "
                + "earthquakes.")).containsExactly("GRC 073 TUR");
        assertThat(coded("BEIJING, May 16, 2024 (Newsflow) - Chinese President Xi Jinping held talks with Russian "
                + "President Vladimir Putin in Beijing on Thursday. After the talks, the two heads of state signed and "
                + "issued a joint statement.")).contains("CHN 057 RUS");
    }

    @Test
    void aTimeInAClauseOpenedBySinceDatesThatClauseNotTheAct() {
        List<NewsEvent> e = events("KABUL, Aug 2, 2022 (Newsflow) - The strike was the first US attack inside "
                + "Afghanistan since American troops left the country on August 31 last year.");
        assertThat(e).extracting(x -> x.cameo().root() + " " + x.date()).containsExactly("19 2022-08-02");
        assertThat(events("BEIJING, Aug 2, 2022 (Newsflow) - China sanctioned Japan in the first such move since the "
                + "two countries clashed on May 5.")).filteredOn(x -> x.cameo().code().equals("163"))
                .extracting(NewsEvent::date).containsExactly("2022-08-02");
    }

    @Test
    void aCourtThrowingOutAChallengeRejectsWhoBroughtItAndAdviceIsAnAppeal() {
        assertThat(named("BRUSSELS, Sept 6, 2017 (Newsflow) - The European Court of Justice on Wednesday threw out a "
                + "challenge by Hungary to the relocation scheme.")).containsExactly(
                        "Court of Justice of the European Union 120 Hungary");
        // the judges were advised to dismiss it: that is the adviser's appeal, not the court's act
        assertThat(coded("BRUSSELS, Sept 6, 2017 (Newsflow) - In July, Advocate General Yves Bot of the European Court "
                + "of Justice advised the judges to dismiss the challenge by Hungary.")).extracting(c -> c.split(" ")[1])
                .containsExactly("020");
    }

    @Test
    void aCapturedSoldierHandedBackIsFreedAndHailingFromOrDemonstratingThroughDeedsIsNoAct() {
        assertThat(coded("LAHORE, March 2, 2019 (Newsflow) - Pakistan handed over the soldiers to India on Friday."))
                .containsExactly("PAK 0841 IND");
        assertThat(coded("NEW DELHI, Aug 7, 2021 (Newsflow) - The chief minister announced a cash award for the athlete, "
                + "who hails from Panipat.")).isEmpty();
        assertThat(coded("ISLAMABAD, March 2, 2019 (Newsflow) - \"Pakistan has demonstrated through its actions that it "
                + "wants peace,\" the spokesman said.")).isEmpty();
    }

    @Test
    void aNationalPapersBareGovernmentIsItsOwnThoughTheStoryNamesAnotherStateMore() {
        String body = "The Government is to expel a Russian diplomat from Ireland over the attack in Salisbury.\n"
                + "Russia has 17 diplomats at its embassy. The Russian ambassador said Moscow would respond and that "
                + "Russia had nothing to do with the attack, which Irish officials called an assault on order.";
        io.newsflow.contract.RawArticle article = io.newsflow.extract.cli.ArticleFiles.article("Ireland expels diplomat",
                null, body, java.time.Instant.parse("2018-03-27T12:00:00Z"), "The Irish Times", null, "text/plain");
        assertThat(SharedEngine.ENGINE.analyse(article).events()).extracting(e -> e.source().countryCode() + " "
                + e.cameo().code() + " " + (e.target() == null ? "-" : e.target().countryCode())).contains("IRL 161 RUS");
    }

    @Test
    void aNetworkWhereSomethingWasSaidAndAPlaceNamedByItsStatesAdjectiveAreNoTargets() {
        assertThat(coded("SEOUL, Sept 19, 2018 (Newsflow) - Trump welcomed the deal on his Twitter account.")).containsExactly(
                "USA 051 -");
        assertThat(coded("KIGALI, Aug 21, 2019 (Newsflow) - Rwanda and Uganda on Wednesday signed a deal in the Angolan "
                + "capital.")).containsExactly("RWA 057 UGA");
    }

    @Test
    void aPronounAfterALongTitleAndAnApposedTitledNameIsThatName() {
        // "The head of the Syrian government delegation, Damascus's UN envoy Bashar al-Jaafari," names who "he" is
        assertThat(named("ASTANA, Jan 24, 2017 (Newsflow) - The statement was read out by Kazakh Foreign Minister Kairat "
                + "Abdrakhmanov at the Rixos President Hotel.\nThe head of the Syrian government delegation, Damascus's UN "
                + "envoy Bashar al-Jaafari, told a news conference that the meeting had succeeded. At the same time, he "
                + "sharply criticized Ankara.")).containsExactly("Bashar al-Jaafari 110 Turkey");
    }

    @Test
    void aJudgementPassedInReportedWordsDisapprovesOfTheActorItNames() {
        assertThat(coded("ANKARA, Aug 5, 2022 (Newsflow) - Erdogan said Washington's move was \"not befitting a strategic "
                + "partner\".")).containsExactly("TUR 111 USA");
        assertThat(coded("TAIPEI, Aug 5, 2022 (Newsflow) - Taiwan's foreign ministry spokeswoman Joanne Ou said it was "
                + "regrettable that Beijing was threatening the island.")).contains("TWN 111 CHN");
        assertThat(coded("WASHINGTON, June 5, 2021 (Newsflow) - The United States said it was disappointed by Nigeria's "
                + "ban.")).containsExactly("USA 111 NGA");
        // a judgement of one's own side's act is no disapproval of another
        assertThat(coded("BERLIN, June 5, 2021 (Newsflow) - Germany said the Russian decision was lawful.")).isEmpty();
    }

    @Test
    void thePairHoldingAMeetingMeetsEachOtherAndForcesPledgedToAMissionAreAnIntentToProtect() {
        assertThat(named("JAKARTA, Jan 5, 2023 (Newsflow) - Malaysian Prime Minister Anwar Ibrahim arrived in Jakarta on "
                + "Sunday. On Monday, he and Indonesian President Joko Widodo held a meeting.")).contains(
                        "Anwar Ibrahim 044 Joko Widodo");
        assertThat(coded("NAIROBI, Jan 5, 2024 (Newsflow) - Kenya has pledged 1,000 officers to Haiti."))
                .containsExactly("KEN 0334 HTI");
    }

    @Test
    void statesJoiningOthersInAnActDoItThemselvesAndLeavingABlocBreaksWithIt() {
        assertThat(coded("DOHA, Jun 5, 2017 (Newsflow) - Bahrain joined Saudi Arabia in cutting ties with Qatar."))
                .containsExactly("BHR 161 QAT");
        assertThat(coded("DOHA, Jun 5, 2017 (Newsflow) - The Maldives and Yemen followed suit in severing relations "
                + "with Qatar.")).containsExactlyInAnyOrder("MDV 161 QAT", "YEM 161 QAT");
        assertThat(coded("ABUJA, Jan 29, 2024 (Newsflow) - Niger announced on Sunday that it was leaving the Economic "
                + "Community of West African States (ECOWAS) with immediate effect.")).containsExactly("NER 161 ECOWAS");
    }

    @Test
    void aStatesForceOnItsOwnPeopleIsRepression() {
        assertThat(coded("NAIROBI, June 25, 2024 (Newsflow) - Protesters stormed parliament in Nairobi on Tuesday, and "
                + "police opened fire on the crowd.")).contains("KEN 175 KEN").doesNotContain("KEN 193 KEN");
    }

    @Test
    void aCourtsRulingWelcomedInThePassiveIsPraiseOfTheCourt() {
        assertThat(named("THE HAGUE, Jan 26, 2024 (Newsflow) - The International Court of Justice on Friday ordered "
                + "Israel to take measures. The ruling was also welcomed by Hamas.")).contains(
                        "Hamas 051 International Court of Justice");
    }

    @Test
    void aLeaderPhoningAPrivatePersonIsNoTalksButCongratulatingTheSingerIsPraise() {
        String winner = "TEL AVIV, May 13, 2018 (Newsflow) - Israeli singer Netta Barzilai won the contest on Saturday. ";
        assertThat(named(winner + "Prime Minister Benjamin Netanyahu phoned the singer in Lisbon.")).isEmpty();
        // ", while Culture Minister Miri Regev said" opens a clause of its own: she is not "the singer"
        assertThat(named(winner + "President Reuven Rivlin also congratulated the singer, while Culture Minister Miri "
                + "Regev said she expected the contest to be held in Jerusalem.")).containsExactly(
                        "Reuven Rivlin 051 Netta Barzilai");
    }

    @Test
    void withdrawingFromAContestIsNoRetreat() {
        assertThat(coded("YEREVAN, Dec 20, 2021 (Newsflow) - Armenia withdrew from that year's contest.")).isEmpty();
        assertThat(coded("MOSCOW, Dec 20, 2021 (Newsflow) - Russia withdrew from the treaty.")).isNotEmpty();
    }

    @Test
    void expulsionsAnnouncedOrderedOrOfTheSameNumberAndClosedConsulatesBreakRelations() {
        assertThat(coded("MOSCOW, March 29, 2018 (Newsflow) - On March 26, the US administration announced the "
                + "expulsion of 60 Russian diplomats.")).containsExactly("USA 161 RUS");
        assertThat(coded("MOSCOW, March 29, 2018 (Newsflow) - Moscow responded in kind, expelling the same number of "
                + "British diplomats.")).containsExactly("RUS 161 GBR");
        assertThat(coded("MOSCOW, March 29, 2018 (Newsflow) - Washington ordered the closure of the Russian consulate in "
                + "Seattle.")).containsExactly("USA 161 RUS");
        assertThat(named("MOSCOW, March 29, 2018 (Newsflow) - NATO said it was withdrawing the accreditation of seven "
                + "staff members of the Russian mission to NATO.")).contains("North Atlantic Treaty Organization 161 Russia");
    }

    @Test
    void aListOfModifiersAndABracketedAcronymStayInsideThePattern() {
        assertThat(coded("DOHA, Jan 5, 2021 (Newsflow) - Saudi Arabia and Egypt cut diplomatic, trade and travel ties with "
                + "Doha in June 2017.")).containsExactlyInAnyOrder("SAU 161 QAT", "EGY 161 QAT");
        assertThat(coded("TBILISI, June 21, 2019 (Newsflow) - Moscow cut air, rail and postal links with Georgia."))
                .containsExactly("RUS 163 GEO");
        assertThat(coded("BRUSSELS, May 24, 2021 (Newsflow) - The EU agreed to close the bloc's airspace and airports to "
                + "Belarusian airlines.")).containsExactly("EU 163 BLR");
        assertThat(coded("BRUSSELS, May 24, 2021 (Newsflow) - The EU asked the International Civil Aviation Organization "
                + "(ICAO) to urgently investigate the incident.")).containsExactly("EU 020 UN");
        // a "that" clause is no list: "charges that must be dealt with" charges no one
        assertThat(coded("OTTAWA, Jan 29, 2010 (Newsflow) - Prime Minister Stephen Harper refused to seek his return, "
                + "saying he faces serious charges that must be dealt with by the American justice system.")).isEmpty();
    }

    @Test
    void sanctionsLiftedOrRevokedWhateverTheirModifiersEaseThem() {
        assertThat(coded("TEHRAN, Jan 16, 2016 (Newsflow) - The European Union lifted its nuclear-related economic and "
                + "financial sanctions against Iran.")).containsExactly("EU 085 IRN");
        assertThat(coded("TEHRAN, Jan 16, 2016 (Newsflow) - Obama signed an executive order revoking a series of US "
                + "sanctions on Iran.")).containsExactly("USA 085 IRN");
    }

    @Test
    void warshipsSentToEncircleAnIslandAreNoMilitaryAid() {
        assertThat(coded("BEIJING, May 23, 2024 (Newsflow) - China held drills on Thursday, sending warships and fighter "
                + "jets to encircle the island of Taiwan.")).doesNotContain("CHN 072 TWN");
    }

    @Test
    void aDenierWhoGoesOnToAccuseIsTheAccuser() {
        assertThat(coded("WARSAW, Aug 1, 2023 (Newsflow) - In Minsk, the Belarusian Defence Ministry denied that its "
                + "helicopters had entered Polish airspace and accused Warsaw of making up the incident.")).containsExactly(
                        "BLR 112 POL");
        // what a denied clause's own subject did stays denied
        assertThat(coded("KYIV, Aug 1, 2023 (Newsflow) - The Kremlin denied that its forces had entered the city and "
                + "shelled Kharkiv.")).isEmpty();
    }

    @Test
    void whoClaimedAnAttackIsWhomItsCondemnationAims() {
        assertThat(named("NAIROBI, Jan 16, 2019 (Newsflow) - Gunmen stormed a hotel complex in Nairobi on Tuesday. The "
                + "Somalia-based militant group Al-Shabaab claimed responsibility for the attack within hours.\nThe "
                + "African Union condemned the attack on Tuesday night.")).contains("African Union 111 al-Shabaab");
    }

    @Test
    void stepsThatThreatenAProcessThreatenNoOne() {
        assertThat(coded("BAKU, Nov 20, 2024 (Newsflow) - The ministry said the steps are directed against Azerbaijan "
                + "and threaten the normalization process between Baku and Yerevan.")).noneMatch(e -> e.contains(" 13"));
        assertThat(coded("BAKU, Nov 20, 2024 (Newsflow) - President Ilham Aliyev, addressing an event on Small Island "
                + "Developing States, criticized France's policy.")).noneMatch(e -> e.startsWith("USA"));
    }

    @Test
    void coordinatedStatesPledgingTroopsEachPledgeThemToTheStorysCountry() {
        assertThat(coded("PORT-AU-PRINCE, Haiti, June 25, 2024 (Newsflow) - Kenyan police officers arrived in Haiti on "
                + "Tuesday. Kenya has pledged 1,000 officers, and the Bahamas, Jamaica and Belize have also pledged "
                + "personnel.")).contains("KEN 0334 HTI", "BHS 0334 HTI", "JAM 0334 HTI", "BLZ 0334 HTI")
                        .doesNotContain("BHS 0334 JAM");
    }

    @Test
    void anActCalledAKidnappingOrAnUnfriendlyStepIsDisapproved() {
        assertThat(coded("WARSAW, Feb 12, 2018 (Newsflow) - Saakashvili called his removal a kidnapping.")).containsExactly(
                "GEO 111 -");
        assertThat(coded("MOSCOW, Dec 4, 2019 (Newsflow) - Moscow called the expulsions an \"unfriendly and groundless "
                + "step\".")).containsExactly("RUS 111 -");
    }

    @Test
    void statesThatFollowSuitRepeatTheActToldBefore() {
        assertThat(coded("MOSCOW, March 29, 2018 (Newsflow) - On March 26, the US administration announced the expulsion "
                + "of 60 Russian diplomats. Canada and Australia, as well as more than a dozen EU member states, followed "
                + "suit.")).containsExactlyInAnyOrder("USA 161 RUS", "CAN 161 RUS", "AUS 161 RUS");
        assertThat(coded("WELLINGTON, March 29, 2018 (Newsflow) - Australia expelled two Russian diplomats on Tuesday. "
                + "Peters said New Zealand would not follow suit.")).containsExactly("AUS 161 RUS");
    }

    @Test
    void aPairReceivedByAHostIsEachReceived() {
        assertThat(named("TUNIS, June 11, 2023 (Newsflow) - Ursula von der Leyen and Giorgia Meloni were received by "
                + "President Kais Saied at the Carthage Palace.")).containsExactlyInAnyOrder(
                        "Kais Saied 043 Giorgia Meloni", "Kais Saied 043 Ursula von der Leyen");
    }

    @Test
    void aStateCondemningAnAttackByAGroupOfItsOwnCountryCondemnsTheGroup() {
        assertThat(coded("NAIROBI, Jan 16, 2019 (Newsflow) - Al-Shabaab claimed responsibility for the attack.\nSomalia's "
                + "government, the African Union and the United Nations condemned the attack on Tuesday night."))
                        .contains("SOM 111 SOM", "AU 111 SOM", "UN 111 SOM");
    }

    @Test
    void anActSaidToBeAProvocationRegrettedOrTroublingIsDisapproved() {
        assertThat(coded("BERLIN, Aug 1, 2023 (Newsflow) - Germany said Russia's decision was a provocation."))
                .containsExactly("DEU 111 RUS");
        assertThat(coded("PARIS, July 10, 2020 (Newsflow) - UNESCO said it deeply regretted the decision by Turkey."))
                .containsExactly("UN 111 TUR");
        assertThat(named("WASHINGTON, Aug 1, 2023 (Newsflow) - Secretary of State Antony Blinken said he was deeply "
                + "troubled by Israel's move.")).containsExactly("Antony Blinken 111 Israel");
    }

    @Test
    void aNameIsOneWordOfAGapHoweverLong() {
        assertThat(named("JAKARTA, May 9, 2017 (Newsflow) - The North Jakarta District Court on Tuesday found Jakarta "
                + "Governor Basuki \"Ahok\" Tjahaja Purnama guilty of blasphemy and sentenced him to two years in "
                + "prison.")).contains("District Court 116 Basuki Tjahaja Purnama",
                        "District Court 173 Basuki Tjahaja Purnama");
        // but the words before the name are still counted: "release" of the deposed president is what was demanded
        assertThat(coded("ABUJA, Feb 25, 2024 (Newsflow) - But the leaders demanded the immediate release of the deposed "
                + "Nigerien President, Mohamed Bazoum.")).containsExactly("NGA 1053 NER");
    }

    @Test
    void whoCameAlongOnAVisitIsNotWhomItWasTo() {
        assertThat(named("ZAGREB, March 12, 2022 (Newsflow) - Prime Minister Andrej Plenkovic visited the site with "
                + "Defence Minister Mario Banozic and Zagreb Mayor Tomislav Tomasevic.")).isEmpty();
        assertThat(named("DAMASCUS, April 1, 2024 (Newsflow) - Foreign Minister Faisal Mekdad visited the site with "
                + "Iranian Ambassador Hossein Akbari.")).isEmpty();
    }

    @Test
    void anEnvoySummonedByPronounIsSummonedAndWhatSheIsToldIsTheSummons() {
        assertThat(named("MADRID, May 18, 2021 (Newsflow) - Morocco on Tuesday recalled its ambassador in Madrid, Karima "
                + "Benyaich, hours after the Spanish Foreign Ministry summoned her to express its displeasure over the "
                + "arrival of migrants.")).contains("Spanish Foreign Ministry 114 Karima Benyaich")
                        .noneMatch(e -> e.startsWith("Karima Benyaich"));
        assertThat(coded("MADRID, May 18, 2021 (Newsflow) - Morocco recalled its ambassador, Karima Benyaich. The "
                + "Spanish Foreign Ministry summoned her on Tuesday.")).contains("ESP 114 MAR");
    }

    @Test
    void standingWithAStateBacksItAndShellsRainedOnAPlaceAreArtilleryFire() {
        assertThat(coded("RIYADH, Aug 6, 2018 (Newsflow) - Bahrain and the United Arab Emirates issued statements on "
                + "Monday standing with Riyadh.")).containsExactlyInAnyOrder("BHR 051 SAU", "ARE 051 SAU");
        assertThat(coded("CANBERRA, May 3, 2024 (Newsflow) - Penny Wong said Australia stood in solidarity with "
                + "Germany.")).containsExactly("AUS 051 DEU");
        assertThat(coded("SEOUL, Nov 23, 2010 (Newsflow) - North Korea rained artillery shells on a South Korean island "
                + "on Tuesday.")).containsExactly("PRK 194 KOR");
    }

    @Test
    void theTwoCountriesBeforeAnyPairIsToldAreTheLastTwoStatesNamed() {
        assertThat(coded("MEXICO CITY, June 8, 2019 (Newsflow) - The tariffs that United States President Donald Trump "
                + "threatened to impose on all Mexican imports will not take effect after the two countries reached an "
                + "agreement in Washington late Friday.")).contains("USA 057 MEX");
    }

    @Test
    void protestsDrawnFromSeveralStatesAreEachOnesAndShipsSentIntoWatersAreAShowOfForce() {
        assertThat(coded("BEIJING, Nov. 10, 2014 (Newsflow) - Japanese Prime Minister Shinzo Abe held talks. Abe's visit "
                + "to the Yasukuni Shrine in December last year drew strong protests from Beijing and Seoul."))
                        .contains("CHN 111 JPN", "KOR 111 JPN");
        assertThat(coded("TOKYO, Nov. 10, 2014 (Newsflow) - China has since repeatedly sent government ships into "
                + "Japanese territorial waters.")).containsExactly("CHN 150 JPN");
    }

    @Test
    void thoseADemandIsMadeForAreNotWhomItIsMadeOf() {
        assertThat(coded("OTTAWA, Jan. 11, 2020 (Newsflow) - Prime Minister Justin Trudeau demanded justice for the "
                + "families of the 57 Canadians who died.")).noneMatch(e -> e.endsWith("CAN"));
        assertThat(coded("DHAKA, April 17, 2025 (Newsflow) - Dhaka demanded a formal public apology for the genocide "
                + "committed by the Pakistani army in 1971.")).contains("BGD 100 PAK");
    }

    @Test
    void informationReceivedFromAStateIsItsSharingAndAircraftFiringOnATargetStrikeIt() {
        assertThat(named("BUENOS AIRES, Nov 23, 2017 (Newsflow) - The Argentine Navy reported on Thursday that an "
                + "explosion occurred. On Wednesday, the Navy had disclosed that it had received information from the "
                + "United States about an anomaly.")).containsExactly("United States 064 Argentine Navy");
        assertThat(coded("BUENOS AIRES, Nov 23, 2017 (Newsflow) - The information was shared with Argentina by the "
                + "United States.")).containsExactly("USA 064 ARG");
        assertThat(named("ABIDJAN, April 11, 2011 (Newsflow) - Laurent Gbagbo was arrested on Monday. The capture came "
                + "after French and UN helicopters fired on heavy weapons held by Gbagbo's forces.")).contains(
                        "France 195 Laurent Gbagbo", "United Nations 195 Laurent Gbagbo");
    }

    @Test
    void aSecondDemandIsMadeOfWhomTheFirstChargeWas() {
        assertThat(coded("MANILA, April 11, 2012 (Newsflow) - The Chinese embassy accused the Philippine Navy of "
                + "harassing the fishermen and demanded that the warship withdraw immediately."))
                        .containsExactly("CHN 112 PHL", "CHN 100 PHL");
    }

    @Test
    void aBodyNamedWithItsAcronymInBracketsIsTheSecondOfACoordinatedSubject() {
        assertThat(named("BANGKOK, March 1, 2013 (Newsflow) - Thailand and the Barisan Revolusi Nasional (BRN) signed "
                + "an agreement.")).containsExactly("Thailand 057 Barisan Revolusi Nasional");
    }

    @Test
    void aNameSetOffByCommasIsOneWordOfAGap() {
        assertThat(coded("LA PAZ, Dec. 30, 2019 (Newsflow) - Bolivia on Monday declared Mexico's ambassador in La Paz, "
                + "Maria Teresa Mercado, persona non grata.")).containsExactly("BOL 161 MEX");
        assertThat(coded("KUWAIT CITY, April 25, 2018 (Newsflow) - Kuwait declared the Ambassador of the Philippines, "
                + "Renato Pedro Villa, persona non grata.")).containsExactly("KWT 161 PHL");
    }

    @Test
    void captivesFreedByTheirKidnappersAreReleased() {
        assertThat(named("ABUJA, Oct. 14, 2016 (Newsflow) - Boko Haram insurgents yesterday freed 21 of the schoolgirls."))
                .containsExactly("Boko Haram 0841 -");
    }

    @Test
    void aDemandToRemoveSanctionsImposedOnAStateIsMadeOfWhoImposedThem() {
        assertThat(coded("HARARE, Oct. 26, 2019 (Newsflow) - President Emmerson Mnangagwa yesterday demanded the immediate "
                + "and unconditional removal of the illegal sanctions imposed on Zimbabwe by the United States and the "
                + "European Union.")).containsExactlyInAnyOrder("ZWE 1054 USA", "ZWE 1054 EU");
    }

    @Test
    void hoursGivenAnEnvoyToLeaveAreTheExpulsionToldNoUltimatum() {
        assertThat(coded("RIYADH, Aug. 6, 2018 (Newsflow) - The Saudi Foreign Ministry declared Ambassador Dennis Horak "
                + "persona non grata and gave him 24 hours to leave the kingdom.")).noneMatch(e -> e.contains(" 139 "));
    }

    @Test
    void aTextReleasedByABodyFreesNoOne() {
        assertThat(coded("ISLAMABAD, Sept. 18, 2025 (Newsflow) - According to a joint statement released by the Prime "
                + "Minister's Office, the agreement aims to develop defence cooperation.")).isEmpty();
    }

    @Test
    void aPlayerATeamScoresAgainstIsNoStatesTarget() {
        assertThat(coded("RECIFE, June 29, 2014 (Newsflow) - Bryan Ruiz put Costa Rica ahead in the 52nd minute of the "
                + "World Cup match, and Costa Rica shot past goalkeeper Orestis Karnezis to win the penalty shootout."))
                        .isEmpty();
    }

    @Test
    void criticismDrawnInAParticipleClauseIsAimedAtTheMainClausesSubject() {
        assertThat(coded("ANKARA, Oct. 17, 2019 (Newsflow) - Washington sanctioned Turkey's defence ministry, drawing sharp "
                + "criticism from Ankara.")).contains("TUR 111 USA");
    }

    @Test
    void aPartnerAlongsideWhomAForceAttacksIsNotItsTarget() {
        assertThat(named("ANKARA, Oct. 17, 2019 (Newsflow) - Turkey launched Operation Peace Spring on Oct. 9 together "
                + "with the Syrian National Army against the YPG.")).containsExactly("Turkey 190 YPG");
    }

    @Test
    void settingOffForACountryOnAVisitVisitsIt() {
        assertThat(coded("ABUJA, Oct. 14, 2016 (Newsflow) - President Muhammadu Buhari departed Abuja for Germany on an "
                + "official visit.")).containsExactly("NGA 042 DEU");
    }

    @Test
    void anIntentToWorkWithAUniversityIsNoPoliticalAct() {
        assertThat(named("RIO DE JANEIRO, Sept. 3, 2018 (Newsflow) - Culture Minister Sergio Sa Leitao said the federal "
                + "government would work with the Federal University of Rio de Janeiro to rebuild the museum."))
                        .isEmpty();
    }

    @Test
    void aGrandSlamTitleIsNoAttackInWords() {
        assertThat(coded("LONDON, July 12, 2025 (Newsflow) - Poland's Iga Swiatek won her sixth grand slam title, and "
                + "President Karol Nawrocki congratulated her.")).noneMatch(e -> e.contains(" 111 "));
    }

    @Test
    void aFightersGroupNamedRightAfterItsNounIsTheNamedGroup() {
        assertThat(named("CAIRO, Oct. 9, 2025 (Newsflow) - Israel and the militant group Hamas signed the deal."))
                .containsExactly("Israel 057 Hamas");
    }

    @Test
    void aReactionToANamedActAnswersTheActWhoseWordsHoldThatNoun() {
        assertThat(coded("SEOUL, Oct. 9, 2006 (Newsflow) - North Korea carried out its first nuclear weapons test on "
                + "Monday. South Korea's military was placed on heightened alert. President George W. Bush called the "
                + "test a provocative act.")).contains("USA 111 PRK").doesNotContain("USA 111 KOR");
    }

    @Test
    void aDecisionIsNoUseOfForce() {
        assertThat(coded("MOSCOW, Aug. 26, 2008 (Newsflow) - Russia recognised Georgia's breakaway regions as "
                + "independent states on Tuesday. Russian tanks poured into Georgia on Aug. 8 after Tbilisi launched an "
                + "offensive on Aug. 7. U.S. President George W. Bush condemned the decision."))
                        .contains("USA 111 RUS").doesNotContain("USA 111 GEO");
    }

    @Test
    void anUndertakingKeptOrBrokenIsNoNewPledge() {
        assertThat(coded("SEOUL, Oct. 9, 2006 (Newsflow) - In Beijing, the Foreign Ministry said the North had gone "
                + "ahead with the test and that the Chinese government was opposed to it. It urged Pyongyang to honor "
                + "its pledge to give up nuclear weapons.")).noneMatch(e -> e.contains(" 0332 "));
    }

    @Test
    void whatIsDemandedThatAnotherDoIsNotDone() {
        assertThat(coded("SEOUL, May 24, 2010 (Newsflow) - President Lee Myung-bak demanded that Pyongyang apologize "
                + "immediately to the South.")).containsExactly("KOR 100 PRK");
    }

    @Test
    void tradeCutWithAnotherTieIsAnEmbargo() {
        assertThat(coded("SEOUL, May 24, 2010 (Newsflow) - President Lee Myung-bak on Monday suspended almost all trade "
                + "and exchanges with North Korea.")).containsExactly("KOR 163 PRK");
    }

    @Test
    void endorsingMeasuresToldBeforeEndorsesWhoTookThem() {
        assertThat(coded("SEOUL, May 24, 2010 (Newsflow) - South Korea announced sanctions against North Korea on Monday. "
                + "The White House backed the package.")).contains("USA 051 KOR");
    }

    @Test
    void aListOfKindsOfCooperationSuspendedIsOneSuspension() {
        assertThat(coded("JAKARTA, Nov. 20, 2013 (Newsflow) - Indonesia suspended military and intelligence cooperation "
                + "with Australia.")).containsExactly("IDN 160 AUS");
    }

    @Test
    void theVerbsOfARelativeClauseAreNotTheMainSubjects() {
        assertThat(coded("ABU DHABI, Jan. 17, 2022 (WAM) -- The UAE condemned the attack on Abu Dhabi, which killed three "
                + "people and injured six others.")).noneMatch(e -> e.startsWith("ARE 19"));
        // (an "and" after a relative clause whose pronoun is its object goes back to the main clause)
        assertThat(coded("PARIS, June 22, 2023 (Newsflow) - President Hakainde Hichilema thanked China for the talks, which "
                + "he described as difficult, and paid tribute to France.")).contains("ZMB 051 FRA");
    }

    @Test
    void aShipFlaggedByAStateIsThatStates() {
        assertThat(coded("ABU DHABI, Jan. 17, 2022 (WAM) -- The Houthi militia hijacked the UAE-flagged cargo ship Rwabee "
                + "off the Yemeni port of Hodeidah.")).containsExactly("YEM 181 ARE");
    }

    @Test
    void theObjectOfASpeechVerbIsNotItsSubject() {
        assertThat(coded("MONTREUX, Jan. 22, 2014 (Newsflow) - Syrian Foreign Minister Walid Al-Moallem spoke for an hour. "
                + "UN Secretary-General Ban Ki-moon urged him to conclude.")).containsExactly("UN 020 SYR");
    }

    @Test
    void anInternationalBodyActsWhateverTheWordsOfItsName() {
        assertThat(coded("BANGKOK, April 24, 2021 (Newsflow) - The Association of Southeast Asian Nations urged China to "
                + "end the violence.")).containsExactly("ASEAN 020 CHN");
    }

    @Test
    void regretForAnIncidentIsAnApologyToWhereItHappened() {
        assertThat(coded("LAHORE, March 16, 2011 (Newsflow) - US Ambassador Cameron Munter expressed his deepest regret "
                + "for the incident.")).containsExactly("USA 055 PAK");
    }

    @Test
    void aParticipleAfterANameSetOffByCommasAfterWithIsThatNamesAct() {
        assertThat(named("DOHA, Sept. 12, 2020 (Newsflow) - The talks began on Saturday, with the head of the Afghan "
                + "negotiating team, Abdullah Abdullah, calling on Pakistan to agree to a ceasefire."))
                        .contains("Abdullah Abdullah 020 Pakistan");
    }

    @Test
    void aWishOfWhatAStateShouldBeIsNoAppealToIt() {
        assertThat(coded("DOHA, Sept. 12, 2020 (Newsflow) - Taliban deputy leader Abdul Ghani Baradar said the Taliban "
                + "want Afghanistan to be governed under an Islamic system.")).isEmpty();
    }

    @Test
    void aReactionToAnActNamedWithoutItsDoerAnswersTheActToldBefore() {
        assertThat(coded("MOSCOW, Aug. 26, 2008 (Reuters) - Russia recognised Georgia's breakaway regions as independent "
                + "states on Tuesday. France said the European Union firmly condemned the decision as contrary to "
                + "Georgia's sovereignty.")).contains("EU 111 RUS").doesNotContain("EU 111 GEO");
    }

    @Test
    void anArmyPouringIntoAStateFightsIt() {
        assertThat(coded("MOSCOW, Aug. 26, 2008 (Reuters) - Russian tanks and troops poured into Georgia on Aug. 8."))
                .containsExactly("RUS 190 GEO");
    }

    @Test
    void aParticipleSetOffAfterTheOpeningSubjectIsItsAct() {
        assertThat(coded("MOSCOW, Aug. 26, 2008 (Reuters) - German Chancellor Angela Merkel, visiting the Estonian "
                + "capital Tallinn, said the step was unacceptable.")).containsExactly("DEU 042 EST");
    }

    @Test
    void aConversationHeldIsAMeetingAndAnActProtestedIsAProtest() {
        assertThat(coded("TOKYO, Sept. 11, 2012 (Kyodo) - Prime Minister Yoshihiko Noda and Chinese President Hu Jintao "
                + "held an unscheduled 15-minute conversation on the sidelines of the summit.")).containsExactly("JPN 044 CHN");
        assertThat(coded("TOKYO, Sept. 11, 2012 (Kyodo) - Japan imposed sanctions on North Korea on Tuesday. China "
                + "protested the sanctions.")).contains("CHN 114 JPN");
    }

    @Test
    void aFastUntoDeathBegunIsAHungerStrike() {
        assertThat(coded("COLOMBO, July 8, 2010 (Newsflow) - Minister Wimal Weerawansa began a fast unto death outside the "
                + "UN office.")).containsExactly("LKA 142 UN");
    }

    @Test
    void tiesEndedChannelsCutFundingApprovedAndPressureRefusedInOtherWords() {
        assertThat(coded("PANAMA CITY, June 13, 2017 (Newsflow) - Panama decided to end ties with Taiwan."))
                .containsExactly("PAN 161 TWN");
        assertThat(coded("TAIPEI, June 13, 2017 (Newsflow) - Beijing suspended official communication channels with "
                + "Taipei in June last year.")).containsExactly("CHN 164 TWN");
        assertThat(coded("BRATISLAVA, Sept. 16, 2016 (TASR) - The European Commission approved EUR 108 million in "
                + "emergency funding for Sofia on Friday.")).containsExactly("EU 071 BGR");
        assertThat(coded("TAIPEI, June 13, 2017 (Newsflow) - Taiwan would not bow to threats from China, President Tsai "
                + "Ing-wen said.")).containsExactly("TWN 124 CHN");
        assertThat(coded("PRAGUE, April 18, 2021 (CTK) - Moscow has rejected any involvement in the blasts."))
                .containsExactly("RUS 016 -");
    }

    @Test
    void policeOrProtestersAfterAFrontedPlaceAreThatPlacesAndANamedSpeakersAreNot() {
        assertThat(coded("TOKYO, Aug. 24, 2023 (Kyodo) - In Seoul, police detained 16 university students who entered "
                + "the building.")).containsExactly("KOR 173 KOR");
        assertThat(coded("ISLAMABAD, Jan. 30, 2024 (AP) - In Washington, State Department spokesman Matthew Miller urged "
                + "authorities to ensure that the elections are fair.")).containsExactly("USA 020 PAK");
    }

    @Test
    void anOfferToMediateIsAnIntentToMediate() {
        assertThat(coded("BOGOTA, March 3, 2008 (Newsflow) - Brazil offered to mediate between the three governments."))
                .containsExactly("BRA 039 -");
    }

    @Test
    void membersOfOneGovernmentMeetingIsTheGovernmentAtWork() {
        assertThat(coded("MOSCOW, Aug. 28, 2000 (Interfax) - President Vladimir Putin discussed the fire with Prime "
                + "Minister Mikhail Kasyanov, who held a meeting with Interior Minister Vladimir Rushailo.")).isEmpty();
        assertThat(coded("MONTEVIDEO, Nov. 25, 2024 (Newsflow) - Uruguayan President Luis Lacalle Pou met "
                + "President-elect Yamandu Orsi on Monday.")).containsExactly("URY 044 URY");
    }

    @Test
    void envoysPulledOutOfACapitalCutTiesWithItsStateNeverWithTheirOwn() {
        assertThat(coded("ASUNCION, June 30, 2012 (Newsflow) - Argentina, Brazil and Uruguay had already pulled their "
                + "ambassadors out of Asuncion.")).containsExactlyInAnyOrder("ARG 161 PRY", "BRA 161 PRY", "URY 161 PRY");
        assertThat(coded("CARACAS, June 30, 2012 (Newsflow) - President Hugo Chavez withdrew Venezuela's envoy."))
                .containsExactly("VEN 161 -");
    }

    @Test
    void aHighCommissionerIsAnEnvoyWhoseExpulsionCutsTies() {
        assertThat(coded("LILONGWE, April 27, 2011 (Newsflow) - Britain on Wednesday ordered Malawi's acting High "
                + "Commissioner in London, Flossie Gomile-Chidyaonga, to leave the country.")).containsExactly("GBR 161 MWI");
        assertThat(coded("LILONGWE, April 27, 2011 (Newsflow) - Malawi on Tuesday expelled British High Commissioner "
                + "Fergus Cochrane-Dyet.")).containsExactly("MWI 161 GBR");
    }

    @Test
    void callsWithATimeBetweenMeetingsAskedOfABodyBarragesAndAnEmbassyClosedWhereItStands() {
        assertThat(coded("WARSAW, Nov. 16, 2022 (Newsflow) - President Andrzej Duda spoke by phone on Tuesday night "
                + "with US President Joe Biden.")).containsExactly("POL 041 USA");
        assertThat(coded("QUITO, March 3, 2008 (Newsflow) - President Rafael Correa asked for an emergency meeting of "
                + "the Organization of American States.")).containsExactly("ECU 022 OAS");
        assertThat(coded("KYIV, Nov. 16, 2022 (Newsflow) - Russia carried out one of its heaviest missile barrages on "
                + "Ukraine on Tuesday.")).containsExactly("RUS 195 UKR");
        assertThat(coded("CARACAS, March 3, 2008 (Newsflow) - Hugo Chavez announced the closure of the Venezuelan "
                + "embassy in Bogota.")).containsExactly("VEN 161 COL");
    }

    @Test
    void aProtestLodgedDuringTalksIsLodgedWithTheOtherParty() {
        assertThat(coded("PYONGYANG, Sept. 17, 2002 (Newsflow) - Japanese Prime Minister Junichiro Koizumi held talks "
                + "with North Korean leader Kim Jong Il on Tuesday. Koizumi said he had lodged a strong protest."))
                .contains("JPN 114 PRK");
    }

    @Test
    void anApologyForOnesOwnSidesWrongIsMadeToThoseItWronged() {
        assertThat(coded("PYONGYANG, Sept. 17, 2002 (Newsflow) - North Korean agents abducted 13 Japanese nationals in "
                + "the 1970s. North Korean leader Kim Jong Il apologized for the kidnappings.")).contains("PRK 055 JPN");
    }

    @Test
    void contactKeptUpWorkContinuedTalksFacilitatedAndRelationsBrokenInOtherWords() {
        assertThat(coded("PUTRAJAYA, July 22, 2014 (Newsflow) - Malaysian Prime Minister Najib Tun Razak had been in "
                + "close contact with his Dutch counterpart, Mark Rutte.")).containsExactly("MYS 040 NLD");
        assertThat(coded("PUTRAJAYA, July 22, 2014 (Newsflow) - We are in close contact with the Dutch authorities, "
                + "the Malaysian Foreign Ministry said.")).isEmpty();
        assertThat(coded("PUTRAJAYA, July 22, 2014 (Newsflow) - Najib said Malaysia would continue to work closely with "
                + "the Netherlands.")).containsExactly("MYS 030 NLD");
        assertThat(coded("HELSINKI, Aug. 15, 2005 (Newsflow) - Former Finnish president Martti Ahtisaari facilitated five "
                + "rounds of informal talks between Indonesia and Malaysia.")).contains("FIN 045 IDN");
        assertThat(coded("HAVANA, July 20, 2015 (Newsflow) - Washington broke relations with Havana in January 1961."))
                .containsExactly("USA 161 CUB");
    }

    @Test
    void shipsRammedNotesOfProtestAndTheSubjectOfAClauseOnItsOwnTalks() {
        assertThat(coded("HANOI, May 7, 2014 (Newsflow) - Chinese ships had intentionally rammed Vietnamese law "
                + "enforcement vessels.")).containsExactly("CHN 171 VNM");
        assertThat(coded("HANOI, May 7, 2014 (Newsflow) - China moved a drilling rig into Vietnamese waters on May 1. "
                + "Vietnam handed over diplomatic notes protesting the move.")).contains("VNM 114 CHN");
        assertThat(named("HANOI, May 7, 2014 (Newsflow) - Foreign Minister Pham Binh Minh held phone talks with Chinese "
                + "State Councillor Yang Jiechi on Tuesday, during which he demanded that China withdraw the rig."))
                .contains("Pham Binh Minh 100 China");
    }

    @Test
    void aTimeAfterAParticipleWithItsAgentIsThatParticiplesOwn() {
        List<NewsEvent> e = events("HANOI, May 7, 2014 (Newsflow) - Deputy Foreign Minister Tran Duy Hai accused China of "
                + "violating the "
                + "Declaration on the Conduct of Parties signed by China and ASEAN in 2002.");
        assertThat(e).extracting(x -> x.cameo().code() + " " + x.date()).contains("112 2014-05-07");
    }

    @Test
    void aCountryAMeetingTookPlaceInIsItsVenueNotItsPartner() {
        assertThat(coded("WASHINGTON, July 20, 2015 (Newsflow) - Obama and Castro met in Panama in April."))
                .containsExactly("USA 044 CUB");
        assertThat(coded("LIMA, June 19, 2024 (Newsflow) - Chilean Foreign Minister Alberto van Klaveren arrived in Peru "
                + "on Wednesday.")).containsExactly("CHL 042 PER");
    }

    @Test
    void aCutInTiesJoinedToAnActOnAStateIsAimedAtThatState() {
        assertThat(coded("ASUNCION, June 30, 2012 (Newsflow) - Last Sunday President Hugo Chavez withdrew Venezuela's "
                + "envoy and suspended oil shipments to Paraguay.")).containsExactly("VEN 161 PRY", "VEN 163 PRY");
    }

    @Test
    void captivesHandedOverJourneysForTalksAndMembershipsApproved() {
        assertThat(coded("TALLINN, Sept. 26, 2015 (Newsflow) - The Russian side handed Kohver over to Estonian "
                + "officials.")).containsExactly("RUS 0841 EST");
        assertThat(named("JAKARTA, Sept. 12, 1999 (Newsflow) - Foreign Minister Ali Alatas will fly to New York on Monday "
                + "for talks with U.N. Secretary-General Kofi Annan.")).containsExactly("Ali Alatas 036 Kofi Annan");
        assertThat(coded("ASUNCION, June 30, 2012 (Newsflow) - Argentina and Brazil approved the incorporation of "
                + "Venezuela as a full member of Mercosur.")).containsExactlyInAnyOrder("ARG 050 VEN", "BRA 050 VEN");
    }
    @Test
    void wordsOfAMeetingOrARecognitionThatTellNoneAreNoEvent() {
        assertThat(coded("PRAGUE, Nov 3, 2009 (Newsflow) - EU leaders met his condition at their summit in Brussels. "
                + "Mongolia recognizes Taiwan as an inseparable part of China. Trump defended the call on Twitter. "
                + "Serbia said the acquittal would reopen old wounds.")).isEmpty();
    }

    @Test
    void aPeopleNamedByItsDemonymAndExpelledIsActedOn() {
        assertThat(coded("PRAGUE, Nov 3, 2009 (Newsflow) - He argued that the charter could open the way for property "
                + "claims by Sudeten Germans expelled from Czechoslovakia after World War Two.")).isEmpty();
        assertThat(coded("SEOUL, Feb 12, 2016 (Newsflow) - North Korea ordered all South Koreans out of the zone."))
                .containsExactly("PRK 174 KOR");
    }

    @Test
    void aMeetingFrontedBeforeTheSubjectIsTheSubjectsAndTakesTheTimeThatOpensTheSentence() {
        List<NewsEvent> e = events("WARSAW, Aug 20, 2008 (Newsflow) - Last Friday, after talks with German Chancellor "
                + "Angela Merkel in Sochi, Russian President Dmitry Medvedev said the plan was directed against Russia.");
        assertThat(e).extracting(x -> x.source().name() + " " + x.cameo().root() + " " + x.target().name() + " " + x.date())
                .containsExactly("Dmitry Medvedev 04 Angela Merkel 2008-08-15");
        assertThat(named("WARSAW, Aug 20, 2008 (Newsflow) - On Friday, after meeting German Chancellor Angela Merkel, "
                + "Russian President Dmitry Medvedev said the plan was bad.")).containsExactly(
                        "Dmitry Medvedev 044 Angela Merkel");
    }

    @Test
    void sanctionsOfItsOwnAndAssetsSeizedByOrder() {
        assertThat(coded("SEOUL, Feb 12, 2016 (Newsflow) - Tokyo, meanwhile, announced its own unilateral sanctions "
                + "against Pyongyang on Wednesday.")).containsExactly("JPN 163 PRK");
        assertThat(named("LUANDA, Dec 30, 2019 (Newsflow) - The Luanda Provincial Court has ordered the preventive "
                + "seizure of the bank accounts and shareholdings of businesswoman Isabel dos Santos."))
                .containsExactly("Luanda Provincial Court 1711 Isabel dos Santos");
    }

    @Test
    void aParticipleAfterCoordinatedSubjectsIsEachSubjectsAct() {
        assertThat(coded("RIYADH, March 5, 2014 (Newsflow) - Saudi Arabia, the United Arab Emirates and Bahrain on "
                + "Wednesday withdrew their ambassadors from Qatar, accusing Doha of interfering in their affairs."))
                .filteredOn(c -> c.contains(" 112 ")).containsExactlyInAnyOrder("SAU 112 QAT", "ARE 112 QAT",
                        "BHR 112 QAT");
    }

    @Test
    void aCutInTiesAfterAndGoesToWhomTheActBeforeItWasAimedAt() {
        assertThat(coded("TOKYO, Sept 25, 2010 (Newsflow) - China suspended ministerial-level exchanges with Japan and "
                + "postponed talks on the joint development of gas fields.")).containsExactly("CHN 160 JPN",
                        "CHN 160 JPN");
    }
    @Test
    void aSportsBodysOfficerActsForNoState() {
        assertThat(events("SYDNEY, Sept 25, 2000 (Newsflow) - IOC president Juan Antonio Samaranch rose to applaud from "
                + "the official box.")).isEmpty();
    }

    @Test
    void aProgressiveVerbIsNoPassive() {
        assertThat(coded("CAIRO, Nov 1, 2023 (Newsflow) - Russia was cutting all military contacts with Turkey."))
                .containsExactly("RUS 164 TUR");
    }

    @Test
    void anEnvoyOrderedOutFromHisPostIsABreakInRelations() {
        assertThat(coded("OTTAWA, Sept 7, 2012 (Newsflow) - Canada ordered every remaining Iranian diplomat in Ottawa "
                + "to leave the country.")).containsExactly("CAN 161 IRN");
    }

    @Test
    void peopleAParticipleDescribesAfterAVerbAreNotActedOn() {
        assertThat(events("LAGOS, Oct 21, 2020 (Newsflow) - Governor Babajide Sanwo-Olu, who visited injured protesters "
                + "in hospitals on Wednesday, insisted that nobody was killed.")).isEmpty();
    }

    @Test
    void membersOfABodyActForItAndADateInItsNameDatesNothing() {
        List<NewsEvent> e = events("KINSHASA, Nov 21, 2012 (Newsflow) - The rebels of the March 23 Movement (M23) took "
                + "control of Goma on Tuesday.");
        assertThat(e).extracting(x -> x.source().name() + " " + x.cameo().code() + " " + x.date())
                .containsExactly("M23 192 2012-11-20");
        assertThat(coded("GAZA, Nov 21, 2012 (Newsflow) - Fighters of Hamas attacked an Israeli army post on Tuesday."))
                .containsExactly("PSE 180 ISR");
    }

    @Test
    void whatAnAppealAsksOfOthersIsNotTheAppellantsAct() {
        assertThat(events("KUALA LUMPUR, March 5, 2013 (Newsflow) - In Manila, Philippine President Benigno Aquino III "
                + "had on Feb 26 called on Jamalul Kiram to order his followers to lay down their arms and come home, "
                + "warning that the group could not win.")).isEmpty();
        assertThat(events("BELFAST, Feb 27, 2023 (Newsflow) - The brake will allow members of the Northern Ireland "
                + "Assembly to object to new EU rules.")).isEmpty();
    }

    @Test
    void theSubjectOfARelativeClauseAfterAStateNounIsNotTheTarget() {
        assertThat(named("OTTAWA, Sept 7, 2012 (Newsflow) - Canada suspended diplomatic relations with a regime Foreign "
                + "Minister John Baird branded the most significant threat.")).noneMatch(x -> x.endsWith("John Baird"));
        assertThat(coded("ATHENS, Dec 10, 2019 (Newsflow) - Greece condemned the memorandum Turkey struck with Libya."))
                .containsExactly("GRC 111 TUR");
    }

    @Test
    void aSentenceInAStoryAboutAnInternationalCriminalCourtIsThatCourts() {
        assertThat(named("ZAGREB, Nov 16, 2012 (Newsflow) - The ICTY appeals chamber reversed the verdict of April 2011, "
                + "under which Ante Gotovina had been sentenced to 24 years.")).contains(
                        "International Criminal Tribunal for the former Yugoslavia 173 Ante Gotovina");
    }

    @Test
    void aLeadersAppealToHisOwnPeopleIsNoEvent() {
        assertThat(events("WELLINGTON, Dec 9, 2019 (Newsflow) - Australian Prime Minister Scott Morrison told reporters "
                + "that Australians should prepare themselves for difficult news. President Samia Suluhu Hassan urged "
                + "Tanzanians to get vaccinated.")).isEmpty();
    }
    @Test
    void delegationsAndTeamsSentAndTalksMediatedByAThirdParty() {
        assertThat(coded("ASMARA, June 20, 2018 (Newsflow) - Isaias announced that he would send a delegation to Addis "
                + "Ababa.")).containsExactly("ERI 036 ETH");
        assertThat(coded("PORT LOUIS, Aug 8, 2020 (Newsflow) - France sent teams to help Mauritius."))
                .containsExactly("FRA 070 MUS");
        assertThat(coded("BEIRUT, Oct 14, 2020 (Newsflow) - Lebanese and Israeli delegations on Wednesday held a first "
                + "round of indirect negotiations, in talks mediated by the United States.")).contains("USA 045 LBN");
    }

    @Test
    void anAppositionThatNamesItsBodyDescribesTheNameBeforeIt() {
        assertThat(named("SYDNEY, April 19, 2022 (Newsflow) - Prime Minister Scott Morrison defended the government. Penny "
                + "Wong, the opposition Labor Party's foreign affairs spokeswoman, accused Morrison's government of dropping "
                + "the ball.")).containsExactly("Penny Wong 112 Scott Morrison");
    }
    @Test
    void aWordTheElementAfterAGapAsksForIsNotSkippedBeforeIt() {
        // "would take * further|retaliatory action": "further" is also a word the matcher skips as an adverb, and it
        // had been skipped before the gap, so the element after the gap never found it
        assertThat(coded("NEW YORK, Sept 21, 2010 (Newsflow) - Chinese Premier Wen Jiabao warned that China would take "
                + "\"further actions\" if Japan did not comply.")).containsExactly("CHN 130 JPN");
    }

    @Test
    void aStatesForcesCapturingAPersonArrestHimAndSeizedSailorsAreDetained() {
        assertThat(named("BAGHDAD, Dec 14, 2003 (Newsflow) - U.S. forces have captured Saddam Hussein near Tikrit."))
                .anyMatch(e -> e.endsWith("173 Saddam Hussein")).noneMatch(e -> e.contains(" 192 "));
        assertThat(coded("LONDON, March 23, 2007 (Newsflow) - Iranian forces seized fifteen British sailors in the "
                + "northern Gulf on Friday.")).containsExactly("IRN 173 GBR");
    }

    @Test
    void anAmbassadorCalledHomeIsRecalledFromTheStateHeServedIn() {
        assertThat(coded("STOCKHOLM, March 11, 2015 (Newsflow) - Saudi Arabia has called its ambassador home from "
                + "Stockholm, the foreign ministry said on Wednesday.")).containsExactly("SAU 161 SWE");
    }

    @Test
    void forceTheSentenceAimsAtNoOneIsAimedAtTheSideTheStorySetsTheAttackerAgainst() {
        assertThat(coded("KHARTOUM, April 20, 2012 (Newsflow) - Sudan accused South Sudan of occupying the Heglig oil "
                + "field. The SPLA said Sudanese troops had launched air strikes on Friday.")).contains("SDN 195 SSD");
        // a leader who condemns the attack is no side of it
        assertThat(coded("OTTAWA, Jan 11, 2020 (Newsflow) - Iran shot down the airliner on Wednesday. Prime Minister "
                + "Justin Trudeau demanded answers from Iran.")).noneMatch(e -> e.startsWith("IRN 19") && !e.endsWith(" -"));
    }

    @Test
    void aTitleNounAfterTheVerbIsNotTheClausesSubject() {
        // "the President-elect" is the object of "congratulated": the winner named before, not Buhari himself
        assertThat(named("ABUJA, March 1, 2023 (Newsflow) - Bola Tinubu of the ruling APC was declared the winner of "
                + "the presidential election on Wednesday. President Muhammadu Buhari, in a statement on Wednesday, "
                + "congratulated the President-elect.")).contains("Muhammadu Buhari 051 Bola Tinubu");
    }

    @Test
    void aDayWordBetweenTheAuxiliaryAndItsParticipleKeepsThePassive() {
        assertThat(named("MACAU, Jan 31, 2008 (Newsflow) - Former Secretary for Transport Ao Man Long was yesterday "
                + "sentenced to 27 years in prison by the Court of Final Appeal."))
                .contains("Court of Final Appeal 173 Ao Man Long");
    }

    @Test
    void aSponsorUnderWhoseAuspicesTwoMetIsNoPartyAndACarrierStrikeGroupIsNoStrike() {
        assertThat(named("TRIPOLI, April 5, 2019 (Newsflow) - Fayez al-Serraj heads the government. Khalifa Haftar "
                + "leads the LNA. Serraj and Haftar met in Abu Dhabi under the auspices of the UN."))
                .containsExactly("Serraj 044 Khalifa Haftar");
        assertThat(coded("TEHRAN, June 20, 2019 (Newsflow) - The Pentagon sent an aircraft carrier strike group to "
                + "the region.")).noneMatch(e -> e.contains(" 190 "));
    }

    @Test
    void aCapitalisedTitlesPossessorIsThePersonTheStoryGaveThatTitle() {
        assertThat(named("SARAJEVO, Oct 3, 2022 (Newsflow) - High Representative Christian Schmidt imposed changes to "
                + "the election law on Sunday. HDZ BiH leader Dragan Covic welcomed the move. \"The United States "
                + "fully supports the High Representative's decision,\" the U.S. Embassy said."))
                .contains("United States 050 Christian Schmidt");
    }

    @Test
    void aKnownCompanyIsTheCompanyAndAPossessedTitlesApposedNameIsTheObject() {
        assertThat(named("BRASILIA, Jan 29, 2019 (Newsflow) - Brazilian mining company Vale said the dam had been "
                + "safe. Belo Horizonte Mayor Alexandre Kalil criticized the company's leadership on Monday."))
                .contains("Alexandre Kalil 110 Vale");
        assertThat(named("BUENOS AIRES, Jan 23, 2023 (Newsflow) - Brazilian President Luiz Inacio Lula da Silva met "
                + "Alberto Fernandez on Monday. He criticized his predecessor, Jair Bolsonaro, for having left "
                + "relations in ruins."))
                .contains("Luiz Inacio Lula da Silva 110 Jair Bolsonaro");
    }

    @Test
    void aBuildingsNameBeforeAnAttackNounIsWhereItStruckNotWhoStruck() {
        assertThat(coded("NEW DELHI, Nov 21 (Newsflow) - The court sentenced him over the 2001 Parliament attack."))
                .noneMatch(c -> c.contains(" 19") || c.contains(" 18"));
        assertThat(coded("NEW DELHI, Nov 21 (Newsflow) - The Taliban attacked the embassy on Monday."))
                .isNotEmpty();
    }

    @Test
    void aReactionToADetentionOfSomeoneIsAimedAtWhoDetainedHim() {
        assertThat(named("WASHINGTON, March 30 (Newsflow) - Belarus's KGB detained American reporter Tom Hale in "
                + "Minsk on Wednesday. Secretary of State Ellen Parks condemned the detention of Hale."))
                .contains("Ellen Parks 111 KGB");
    }

    @Test
    void anActsDoerByItsPossessivePronounIsTheBodyNamedLastBeforeTheAct() {
        assertThat(named("LONDON, July 20 (Newsflow) - Britain warned Venezuela of serious consequences if it does "
                + "not free a Dutch-flagged cargo ship seized by its forces off the coast. The ship was taken to port. "
                + "Foreign Secretary Ellen Parks condemned the seizure on Saturday."))
                .contains("Ellen Parks 111 Venezuela");
    }

    @Test
    void aPoliceForceKnownByItsOwnNameIsItsStates() {
        assertThat(coded("DUBLIN, May 17 (Newsflow) - Gardaí arrested 20 protesters near the parliament on Tuesday."))
                .contains("IRL 173 IRL");
    }

    @Test
    void aStateNounOfTwoWordsOrLawmakersAsTheObjectAreTheStorysState() {
        assertThat(coded("ADDIS ABABA, Aug 5 (Newsflow) - US Secretary of State Ellen Parks urged the security forces "
                + "to show restraint."))
                .contains("USA 020 ETH");
        assertThat(coded("KYIV, April 21 (Newsflow) - Former Prime Minister Olena Kravets urged lawmakers to reject "
                + "the treaty."))
                .contains("UKR 020 UKR");
    }
}
