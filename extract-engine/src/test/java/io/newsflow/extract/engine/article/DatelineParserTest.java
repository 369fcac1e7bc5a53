package io.newsflow.extract.engine.article;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UN, June 3. /TASS/. The UN Security Council has passed|UN|TASS|6|3",
        "MOSCOW, June 15 (Reuters) - Russia said|MOSCOW|Reuters|6|15",
        "WASHINGTON (AP) — The White House said|WASHINGTON|AP|0|0",
        "Beijing, March 3 (Xinhua) -- China and Brazil|Beijing|Xinhua|3|3",
        "PARIS, Jan 5 (AFP) - French police arrested|PARIS|AFP|1|5",
        "CHISINAU, Moldova (AP) — Moldova's president|CHISINAU, Moldova|AP|0|0",
        "Lebak, Banten (ANTARA) – A flash flood|Lebak, Banten|ANTARA|0|0",
        "MOSCOW, January 17. /TASS/: Russian ombudswoman|MOSCOW|TASS|1|17",
        "SEOUL, Aug. 6 (Yonhap) -- Foreign Minister|SEOUL|Yonhap|8|6",
        "MOSCOW (Outlet News / Sputnik - 11th May, 2021) Russia declared|MOSCOW|Sputnik|5|11",
        "BERLIN, April 2, 2024 (dpa) - Germany and France|BERLIN|dpa|4|2",
        "LONDON, 3 January 2024 (AFP) - Britain said|LONDON|AFP|1|3",
        "DUBAI, United Arab Emirates (AP) — Iran said|DUBAI, United Arab Emirates|AP|0|0",
        "GOMA, Democratic Republic of Congo (Reuters) - Rebels said|GOMA, Democratic Republic of Congo|Reuters|0|0",
        "Moscow. January 3. INTERFAX - Russia said|Moscow|INTERFAX|1|3",
        "ISLAMABAD: Pakistan on Monday said|ISLAMABAD||0|0",
        "Dhaka, Jul 2 (bdnews24.com) - Twenty hostages|Dhaka|bdnews24.com|7|2",
        "Rio de Janeiro – A fire that broke out|Rio de Janeiro||0|0",
        "BEIJING--China on Saturday demanded an apology|BEIJING||0|0",
        "ERBIL (Kurdistan 24) – The pope celebrated Mass|ERBIL|Kurdistan 24|0|0",
        "Tripoli, 10 March 2021: The House of Representatives voted|Tripoli||3|10",
        "ASTANA. KAZINFORM - Russia, Turkey and Iran|ASTANA|KAZINFORM|0|0",
        "DUSHANBE, September 29, 2015, Asia-Plus -- The Supreme Court|DUSHANBE|Asia-Plus|9|29",
        "KHARTOUM (3 June 2019) \u2013 Dozens of people were killed|KHARTOUM||6|3",
        "Baku. 5 April. REPORT.AZ/ Azerbaijan and Armenia have agreed|Baku|REPORT.AZ|4|5",
        "ADEN, Nov. 23\u2014President Hadi signed the initiative|ADEN||11|23",
    })
    void readsTheDatelinesOfTheAgencies(String body, String place, String agency, int month, int day) {
        ParsedDateline d = DatelineParser.parse(body);
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
        assertThat(body.substring(d.end())).doesNotStartWith(" ").doesNotContain(agency + ")").doesNotStartWith(":");
    }

    @org.junit.jupiter.api.Test
    void aPlaceAloneOnTheFirstLineIsTheDateline() {
        ParsedDateline d = DatelineParser.parse("GENEVA\nDonors on Monday pledged aid.");
        assertThat(d.place()).isEqualTo("GENEVA");
        assertThat(d.agency()).isNull();
        assertThat("GENEVA\nDonors on Monday pledged aid.".substring(d.end())).startsWith("Donors");
    }

    @org.junit.jupiter.api.Test
    void anAgencyWithoutAPlaceIsADatelineWithoutAPlace() {
        ParsedDateline d = DatelineParser.parse("Jan 3 (Reuters) - Apple said on Monday");
        assertThat(d.place()).isNull();
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(d.month()).isEqualTo(1);
        assertThat(d.day()).isEqualTo(3);
        assertThat("Jan 3 (Reuters) - Apple said on Monday".substring(d.end())).startsWith("Apple");
        assertThat(DatelineParser.parse("(Reuters) - Apple said on Monday").agency()).isEqualTo("Reuters");
    }

    @org.junit.jupiter.api.Test
    void aDateInsideTheParenthesesGivesTheYear() {
        ParsedDateline d = DatelineParser.parse("MOSCOW (Outlet News / Sputnik - 11th May, 2021) Russia declared");
        assertThat(d.year()).isEqualTo(2021);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"UN Secretary-General Antonio Guterres (left) said on Monday",
        "Oil prices fell in Asia Tuesday", "Arab leaders meeting in Doha have endorsed a plan", "The war has killed tens of thousands",
        "Capt. Ibrahim Traore said on Monday", "Yes. The minister agreed", "Monday. The talks resumed",
        "The Anti-Corruption Bureau (ACB) on Friday arrested the vice-president",
        "Internal Security Service (KAPO) officer Eston Kohver returned home"})
    void aBodyWithoutDatelineHasNone(String body) {
        assertThat(DatelineParser.parse(body)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aLineGivingTheOutletAndTheDateIsTheDatelineWithoutAPlace() {
        String body = "Sierra Leone Telegraph: 27 November 2023:\nA curfew imposed on Sunday remains in force.";
        ParsedDateline d = DatelineParser.parse(body);
        assertThat(d.place()).isNull();
        assertThat(d.agency()).isEqualTo("Sierra Leone Telegraph");
        assertThat(java.util.List.of(d.year(), d.month(), d.day())).containsExactly(2023, 11, 27);
        assertThat(body.substring(d.end())).startsWith("A curfew");
        ParsedDateline dateOnly = DatelineParser.parse("Monday, November 27, 2023\nA curfew remains in force.");
        assertThat(dateOnly.agency()).isNull();
        assertThat(java.util.List.of(dateOnly.year(), dateOnly.month(), dateOnly.day())).containsExactly(2023, 11, 27);
        assertThat(DatelineParser.parse("Talks will resume on 27 November 2023.\nThe minister said")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aPlaceAndAFullStopOpeningTheStoryIsTheDateline() {
        ParsedDateline d = DatelineParser.parse("Kampala. Security agencies yesterday arrested 60 people.");
        assertThat(d.place()).isEqualTo("Kampala");
        assertThat(d.end()).isEqualTo("Kampala. ".length());
    }

    @org.junit.jupiter.api.Test
    void aBylineBeforeTheDatelineIsPassedOverAndALabelBeforeAColonIsNoPlace() {
        String body = "By John Smith\nWASHINGTON (Reuters) - The U.S. said on Monday";
        ParsedDateline d = DatelineParser.parse(body);
        assertThat(d.place()).isEqualTo("WASHINGTON");
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(body.substring(d.end())).startsWith("The U.S.");
        assertThat(DatelineParser.parse("BREAKING: Pakistan on Monday said")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aNameBeforeAColonThatIsNoKnownPlaceIsNoDateline() {
        var nato = io.newsflow.extract.engine.SharedEngine.analyse("Spending", "NATO: allies agree on spending.");
        assertThat(nato.dateline() == null ? null : nato.dateline().place()).isNull();
        var karachi = io.newsflow.extract.engine.SharedEngine.analyse("Arrests",
                "KARACHI: Police on Monday arrested five suspects.");
        assertThat(karachi.dateline().place()).isEqualTo("KARACHI");
        assertThat(karachi.dateline().countryCode()).isEqualTo("PAK");
    }

    @org.junit.jupiter.api.Test
    void aTownInCapitalsTheGazetteerDoesNotListBeforeAColonIsTheDateline() {
        var mingora = io.newsflow.extract.engine.SharedEngine.analyse("Shot",
                "MINGORA: A schoolgirl was shot and wounded by gunmen on Tuesday.");
        assertThat(mingora.dateline().place()).isEqualTo("MINGORA");
        var hamas = io.newsflow.extract.engine.SharedEngine.analyse("Talks", "HAMAS: the talks go on.");
        assertThat(hamas.dateline() == null ? null : hamas.dateline().place()).isNull();
        // a label or a paper's section in capitals is no town either
        var feature = io.newsflow.extract.engine.SharedEngine.analyse("Talks", "FEATURE: The talks go on in Doha.");
        assertThat(feature.dateline() == null ? null : feature.dateline().place()).isNull();
        var politics = io.newsflow.extract.engine.SharedEngine.analyse("Talks", "POLITICS: The talks go on in Doha.");
        assertThat(politics.dateline() == null ? null : politics.dateline().place()).isNull();
    }

    @org.junit.jupiter.api.Test
    void theOutletsOwnNameWhereAPlaceWouldStandPlacesNothing() {
        var havana = io.newsflow.extract.engine.SharedEngine.ENGINE.analyse(io.newsflow.extract.cli.ArticleFiles.article(
                "Protests", null, "HAVANA TIMES – A day after thousands of Cubans poured into the streets, the "
                        + "president spoke.", java.time.Instant.parse("2021-07-12T12:00:00Z"), "Havana Times", null,
                "text/plain"));
        assertThat(havana.dateline().place()).isNull();
        assertThat(havana.text().substring(0, 12)).isEqualTo("HAVANA TIMES");
        assertThat(havana.entities()).noneMatch(e -> e.name().equalsIgnoreCase("Havana Times"));
    }

    @org.junit.jupiter.api.Test
    void southAsianPapersDatelines() {
        // a news service in capitals after a place in ordinary case, before a colon
        ParsedDateline dhns = DatelineParser.parse("Sriharikota, DHNS: India's second mission to the moon got off");
        assertThat(List.of(dhns.place(), dhns.agency())).containsExactly("Sriharikota", "DHNS");
        ParsedDateline karachi = DatelineParser.parse("KARACHI, PAKISTAN: Police arrested");
        assertThat(karachi == null ? null : karachi.agency()).isNull();
        // a space before the colon
        String express = "New Delhi : Hours before he was to begin his fast";
        assertThat(DatelineParser.colonPlace(express).place()).isEqualTo("New Delhi");
        assertThat(express.substring(DatelineParser.colonPlace(express).end())).startsWith("Hours");
        assertThat(DatelineParser.parse("LAHORE : Police on Monday said").place()).isEqualTo("LAHORE");
        // the date ends the dateline's line
        String tribune = "Panchkula, August 25\nA special court here today convicted the sect's chief";
        ParsedDateline panchkula = DatelineParser.parse(tribune);
        assertThat(List.of(panchkula.place(), panchkula.month(), panchkula.day())).containsExactly("Panchkula", 8, 25);
        assertThat(tribune.substring(panchkula.end())).startsWith("A special");
        assertThat(DatelineParser.parse("Panchkula\nA special court here today convicted")).isNull();
    }

    @org.junit.jupiter.api.Test
    void efesFullStopBeforeItsDashAndAnAgencyPrintedWhereARegionWouldStand() {
        String efe = "BOGOTA, Sept 26 (EFE).- Colombian President Gustavo Petro said";
        ParsedDateline d = DatelineParser.parse(efe);
        assertThat(d.agency()).isEqualTo("EFE");
        assertThat(efe.substring(d.end())).startsWith("Colombian President");
        ParsedDateline irna = DatelineParser.parse("Tehran, IRNA -- Iran's Foreign Ministry spokesman said");
        assertThat(irna.place()).isEqualTo("Tehran");
        assertThat(irna.agency()).isEqualTo("IRNA");
        assertThat(DatelineParser.parse("CONAKRY, Guinea (AP) — Soldiers said").place()).isEqualTo("CONAKRY, Guinea");
        ParsedDateline trend = DatelineParser.parse("BAKU, Azerbaijan, Oct. 8. Azerbaijani Foreign Minister Jeyhun Bayramov");
        assertThat(trend.place()).isEqualTo("BAKU, Azerbaijan");
        assertThat(trend.day()).isEqualTo(8);
        assertThat(DatelineParser.parse("BAKU, Azerbaijan. The talks went on")).isNull();
        ParsedDateline aap = DatelineParser.parse("MELBOURNE, AAP - Madison Keys has ended the reign");
        assertThat(aap.place()).isEqualTo("MELBOURNE");
        assertThat(aap.agency()).isEqualTo("AAP");
    }

    @org.junit.jupiter.api.Test
    void aDateInFiguresAndALowerCaseAgencyBeforeADash() {
        ParsedDateline kyiv = DatelineParser.parse("KYIV, 14.11.2023 (Ukrinform) - Over the past day, Russian troops");
        assertThat(kyiv.place()).isEqualTo("KYIV");
        assertThat(kyiv.agency()).isEqualTo("Ukrinform");
        assertThat(List.of(kyiv.year(), kyiv.month(), kyiv.day())).containsExactly(2023, 11, 14);
        ParsedDateline rabat = DatelineParser.parse("Rabat, 05/11/2024 (MAP) - The Minister of Foreign Affairs held");
        assertThat(List.of(rabat.place(), rabat.agency())).containsExactly("Rabat", "MAP");
        assertThat(List.of(rabat.year(), rabat.month(), rabat.day())).containsExactly(2024, 11, 5);
        ParsedDateline rome = DatelineParser.parse("(ANSA) - ROME, OCT 11 - Israeli forces on Thursday fired");
        assertThat(List.of(rome.place(), rome.agency(), rome.month(), rome.day())).containsExactly("ROME", "ANSA", 10, 11);
        ParsedDateline yerevan = DatelineParser.parse("YEREVAN, MARCH 14, ARMENPRESS. Minister of Foreign Affairs");
        assertThat(List.of(yerevan.place(), yerevan.agency(), yerevan.month(), yerevan.day()))
                .containsExactly("YEREVAN", "ARMENPRESS", 3, 14);
        ParsedDateline colon = DatelineParser.parse("YEREVAN, OCTOBER 11, ARMENPRESS: The foreign ministers");
        assertThat(List.of(colon.place(), colon.agency(), colon.month(), colon.day()))
                .containsExactly("YEREVAN", "ARMENPRESS", 10, 11);
        ParsedDateline addis = DatelineParser.parse("Addis Ababa, May 14/2024 (ENA) - Minister of Foreign Affairs");
        assertThat(List.of(addis.place(), addis.agency(), addis.year(), addis.month(), addis.day()))
                .containsExactly("Addis Ababa", "ENA", 2024, 5, 14);
        ParsedDateline paris = DatelineParser.parse("10/08/2024 11:35, PARIS/France (TAP) - Tunisian fighter won");
        assertThat(List.of(paris.place(), paris.agency(), paris.year(), paris.month(), paris.day()))
                .containsExactly("PARIS/France", "TAP", 2024, 8, 10);
        ParsedDateline cairo = DatelineParser.parse("Cairo, Sunday 16 Nov 2025 (Ahram Online) - Egypt's minister said");
        assertThat(List.of(cairo.place(), cairo.agency(), cairo.year(), cairo.month(), cairo.day()))
                .containsExactly("Cairo", "Ahram Online", 2025, 11, 16);
        // a weekday after the place is no region; a national agency printed after a dash, or alone before the date
        ParsedDateline ramallah = DatelineParser.parse("RAMALLAH, Tuesday, September 10, 2024 (WAFA) - The prime "
                + "minister received");
        assertThat(List.of(ramallah.place(), ramallah.agency(), ramallah.year(), ramallah.month(), ramallah.day()))
                .containsExactly("RAMALLAH", "WAFA", 2024, 9, 10);
        ParsedDateline baghdad = DatelineParser.parse("Baghdad-INA\nThe Federal Supreme Court decided on Tuesday");
        assertThat(List.of(baghdad.place(), baghdad.agency())).containsExactly("Baghdad", "INA");
        ParsedDateline agencyFirst = DatelineParser.parse("STA, 17 July 2025 - The government on Thursday declared");
        assertThat(agencyFirst.place()).isNull();
        assertThat(List.of(agencyFirst.agency(), agencyFirst.year(), agencyFirst.month(), agencyFirst.day()))
                .containsExactly("STA", 2025, 7, 17);
        assertThat(DatelineParser.parse("Nur-Sultan - Kazakhstan said on Monday").agency()).isNull();
        ParsedDateline site = DatelineParser.parse("AKIPRESS.COM - Kyrgyzstan and Tajikistan signed a protocol");
        assertThat(site.place()).isNull();
        ParsedDateline tempo = DatelineParser.parse("TEMPO.CO, Jakarta - The Indonesian government on Tuesday welcomed");
        assertThat(List.of(tempo.place(), tempo.agency())).containsExactly("Jakarta", "Tempo");
        ParsedDateline kyivDot = DatelineParser.parse("KYIV. Oct 29 (Interfax-Ukraine) - The foreign minister said");
        assertThat(List.of(kyivDot.place(), kyivDot.agency(), kyivDot.month(), kyivDot.day()))
                .containsExactly("KYIV", "Interfax-Ukraine", 10, 29);
        ParsedDateline nova = DatelineParser.parse("Rome, 23 Jan - (Agenzia Nova) - The head of the police was sent");
        assertThat(List.of(nova.place(), nova.agency(), nova.month(), nova.day()))
                .containsExactly("Rome", "Agenzia Nova", 1, 23);
        ParsedDateline berlin = DatelineParser.parse("Berlin (dpa) - German Chancellor Olaf Scholz on Wednesday");
        assertThat(berlin.place()).isEqualTo("Berlin");
        assertThat(berlin.agency()).isEqualTo("dpa");
        assertThat(DatelineParser.parse("Guterres (left) said on Monday")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aRegionInBracketsAColonAfterTheAgencyAndAnOrdinalDay() {
        ParsedDateline ani = DatelineParser.parse("Riyadh [Saudi Arabia], September 10 (ANI): External Affairs Minister");
        assertThat(ani.city()).isEqualTo("Riyadh");
        assertThat(ani.agency()).isEqualTo("ANI");
        assertThat(List.of(ani.month(), ani.day())).containsExactly(9, 10);
        ParsedDateline wam = DatelineParser.parse("ABU DHABI, 14th January, 2025 (WAM) -- His Highness Sheikh Mohamed");
        assertThat(wam.agency()).isEqualTo("WAM");
        assertThat(List.of(wam.year(), wam.month(), wam.day())).containsExactly(2025, 1, 14);
    }

    @org.junit.jupiter.api.Test
    void aDistrictInRoundBracketsBeforeTheDateIsNoAgency() {
        ParsedDateline pti = DatelineParser.parse("Dera Baba Nanak (Punjab), Nov 9 (PTI) Prime Minister Narendra Modi");
        assertThat(pti.city()).isEqualTo("Dera Baba Nanak");
        assertThat(pti.agency()).isEqualTo("PTI");
        assertThat(List.of(pti.month(), pti.day())).containsExactly(11, 9);
    }

    @org.junit.jupiter.api.Test
    void anAgencyInCapitalsAfterTheDateAndAComma() {
        ParsedDateline spa = DatelineParser.parse("Riyadh, November 20, 2024, SPA -- His Royal Highness Prince Mohammed");
        assertThat(spa.agency()).isEqualTo("SPA");
        assertThat(List.of(spa.year(), spa.month(), spa.day())).containsExactly(2024, 11, 20);
    }

    @org.junit.jupiter.api.Test
    void theHijriDateBeforeTheGregorianOne() {
        ParsedDateline spa = DatelineParser.parse("Riyadh, Rabi'I 23, 1437, Jan 03, 2016, SPA -- Minister of Foreign Affairs");
        assertThat(spa.place()).isEqualTo("Riyadh");
        assertThat(spa.agency()).isEqualTo("SPA");
        assertThat(List.of(spa.year(), spa.month(), spa.day())).containsExactly(2016, 1, 3);
        ParsedDateline jeddah = DatelineParser.parse("Jeddah, Dhul-Hijjah 5, 1445, June 11, 2024, SPA -- The Cabinet");
        assertThat(List.of(jeddah.year(), jeddah.month(), jeddah.day())).containsExactly(2024, 6, 11);
    }

    @org.junit.jupiter.api.Test
    void theOutletPlaceAndDayBetweenSlashes() {
        ParsedDateline civil = DatelineParser.parse("Civil Georgia, Tbilisi / 30 May.'17 / 22:10\nAfgan Mukhtarli, a journalist");
        assertThat(civil.place()).isEqualTo("Tbilisi");
        assertThat(civil.agency()).isEqualTo("Civil Georgia");
        assertThat(List.of(civil.year(), civil.month(), civil.day())).containsExactly(2017, 5, 30);
        // a line of two names and a fraction is no dateline
        ParsedDateline fraction = DatelineParser.parse("Smith, Jones / 30 percent\nThe vote");
        assertThat(fraction == null || fraction.month() == 0).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aStoryFiledFromTwoPlaces() {
        ParsedDateline two = DatelineParser.parse("BEIRUT/JERUSALEM, Nov 26 (Reuters) - Israel and Lebanon's Hezbollah");
        assertThat(two.place()).isEqualTo("BEIRUT/JERUSALEM");
        assertThat(two.agency()).isEqualTo("Reuters");
    }

    @org.junit.jupiter.api.Test
    void aPlaceJoinedByAParticleAndAFullStop() {
        assertThat(DatelineParser.parse("Dar es Salaam. President Samia Suluhu Hassan yesterday received").place())
                .isEqualTo("Dar es Salaam");
        assertThat(DatelineParser.parse("Rio de Janeiro. Police said")).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void aDashJoinedToThePlaceAnOutletNamedAsAnAgencyAndAPlaceLineWithItsCountry() {
        ParsedDateline joined = DatelineParser.parse("ALGIERS- The remains of 24 resistance leaders returned.");
        assertThat(joined.place()).isEqualTo("ALGIERS");
        ParsedDateline outlet = DatelineParser.parse("AKIpress News Agency - The parliament of Kyrgyzstan voted.");
        assertThat(outlet.place()).isNull();
        assertThat(outlet.agency()).isEqualTo("AKIpress");
        ParsedDateline slash = DatelineParser.parse("Baku, November 20, AZERTAC / The ambassador was summoned.");
        assertThat(List.of(slash.place(), slash.agency())).containsExactly("Baku", "AZERTAC");
        ParsedDateline own = DatelineParser.parse("Baku, November 20, AZERTAC\nThe ambassador was summoned.");
        assertThat(List.of(own.place(), own.agency())).containsExactly("Baku", "AZERTAC");
        ParsedDateline line = DatelineParser.parse("BOLU, Türkiye\nThe death toll from a hotel fire rose.");
        assertThat(line.place()).isEqualTo("BOLU, Türkiye");
        assertThat(line.city()).isEqualTo("BOLU");
    }

    @org.junit.jupiter.api.Test
    void aPlaceInOrdinaryCaseBeforeAColonIsReadApartForTheGazetteerToConfirm() {
        assertThat(DatelineParser.parse("Dubai: The UAE has recorded its heaviest rainfall.")).isNull();
        ParsedDateline colon = DatelineParser.colonPlace("Dubai: The UAE has recorded its heaviest rainfall.");
        assertThat(colon.place()).isEqualTo("Dubai");
        assertThat("Dubai: The UAE has".substring(colon.end())).startsWith("The UAE");
    }

    @org.junit.jupiter.api.Test
    void aKnownAgencyInOrdinaryCaseAfterThePrintedDateClosesTheDateline() {
        ParsedDateline kyodo = DatelineParser.parse("BEIJING, Nov. 10 Kyodo - Japanese Prime Minister Shinzo Abe met Xi.");
        assertThat(List.of(kyodo.place(), kyodo.agency())).containsExactly("BEIJING", "Kyodo");
        assertThat(kyodo.day()).isEqualTo(10);
        // a word no agency list knows is no agency: the line is no dateline
        assertThat(DatelineParser.parse("BEIJING, Nov. 10 Police - Officers said the road was closed.")).isNull();
        ParsedDateline kazinform = DatelineParser.parse("NUR-SULTAN. KAZINFORM \u2013 Elena Rybakina won the title.");
        assertThat(List.of(kazinform.place(), kazinform.agency())).containsExactly("NUR-SULTAN", "KAZINFORM");
    }

    @org.junit.jupiter.api.Test
    void aStoryFiledFromTwoTownsOfOneCountryLiesInThatCountry() {
        var twoTowns = io.newsflow.extract.engine.SharedEngine.analyse("Verdict",
                "Kolkata/Chennai, Feb 3 (IANS) The state's Home Minister Arun Pillai said the verdict would stand.");
        assertThat(twoTowns.dateline().place()).isEqualTo("Kolkata/Chennai");
        assertThat(twoTowns.dateline().countryCode()).isEqualTo("IND");
    }
}
