package io.newsflow.extract.engine.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.extract.engine.SharedEngine;

class QuoteAttributionTest {

    private static List<String> speakers(AnalysedArticle a) {
        return a.quotes().stream().map(q -> q.speaker() == null ? null : q.speaker().name()).toList();
    }

    @Test
    void pronounsRoleNounsAndContinuedParagraphsBelongToTheLastNamedSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "UN, June 3. /TASS/. Russia's deputy UN envoy Vladimir Safronkov spoke after the vote.\n"
                        + "\u201CIt is important to keep searching for a political solution,\u201D he said. \u201CSome of our partners say they are ready.\u201D\n"
                        + "\u201CThe logic of confrontation may have serious consequences. Russia is ready for it,\u201D the diplomat added.\n"
                        + "\u201CAs for disarmament, there are specialized international institutions.\u201D");
        assertThat(a.quotes()).hasSize(4);
        assertThat(speakers(a)).containsOnly("Vladimir Safronkov");
        AnalysedArticle.Quote first = a.quotes().get(0);
        assertThat(a.text().substring(first.start(), first.end())).isEqualTo(first.text()).startsWith("It is important");
    }

    @Test
    void saidXInversionsAndColonsNameTheSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Statement",
                "MOSCOW, June 15. /TASS/. \"We are for the fastest cancellation of all such restrictions,\" said Russian Foreign Ministry spokeswoman Maria Zakharova.\n"
                        + "US President Donald Trump told reporters: \"We had a great meeting with the leader.\"");
        assertThat(speakers(a)).containsExactly("Maria Zakharova", "Donald Trump");
    }

    @Test
    void aQuoteWithNoClearSpeakerHasNone() {
        AnalysedArticle a = SharedEngine.analyse("Rally",
                "PARIS, Jan 5 (AFP) - Protesters marched through the city.\n"
                        + "\"We want our pensions back and we will not give up,\" read a banner held by the crowd.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).speaker()).isNull();
    }

    @Test
    void partialQuotesInASentenceThatNamesNoSpeakerAreNotQuotations() {
        AnalysedArticle a = SharedEngine.analyse("Praise",
                "WASHINGTON (AP) — Moldovans are defending their democracy \"in the face of Russian interference.\"");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void itThatSpeaksIsTheBodyNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "BEIJING (Reuters) - The envoys of both countries met on Tuesday, the Chinese foreign ministry said.\n"
                        + "\u201CBoth sides exchanged views in a candid way,\u201D it said in a statement.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).speaker()).isNotNull();
        assertThat(a.quotes().get(0).speaker().name().toLowerCase()).contains("foreign");
    }

    @Test
    void aQuoteRunningOverParagraphsIsTheSpeakerOfItsEnd() {
        AnalysedArticle a = SharedEngine.analyse("Truce",
                "NEW YORK (AP) - President Mark Ollen of Norland announced a truce on Monday.\n"
                        + "\"I praise the envoys of both sides for this breakthrough.\n"
                        + "\"I call on everyone to keep to its terms,\" Secretary-General Aline Dufresne said.");
        assertThat(speakers(a)).containsExactly("Aline Dufresne", "Aline Dufresne");
    }

    @Test
    void aQuotedParagraphAfterReportedSpeechBelongsToItsReporter() {
        AnalysedArticle a = SharedEngine.analyse("Aid",
                "GENEVA (Reuters) - Relief chief Tomas Lindqvist spoke after the conference.\n"
                        + "The agency will scale up deliveries of food, he said, adding that roads must stay open.\n"
                        + "\"Every convoy we lose costs lives in the camps.\"");
        assertThat(speakers(a)).containsExactly("Tomas Lindqvist");
    }

    @Test
    void aNameBeforeAnyVerbOfSayingIsAPersonAndSpeaks() {
        AnalysedArticle a = SharedEngine.analyse("Flood",
                "JAKARTA (ANTARA) - Floods hit the district on Wednesday, Ratna Wulandari revealed on Saturday.\n"
                        + "\"Eight people died in the village,\" Wulandari remarked.");
        assertThat(speakers(a)).containsExactly("Ratna Wulandari");
    }

    @Test
    void anAgeDescriptionIsTheSubjectOfTheParagraphBefore() {
        AnalysedArticle a = SharedEngine.analyse("Tennis",
                "HANGZHOU, Sept. 25 (Xinhua) -- Lin Meixiu of China beat Pakistan's Sara Qadir 6-0, 6-1 on Monday.\n"
                        + "\"I feel ready for the next round,\" the 21-year-old said after the win.");
        assertThat(speakers(a)).containsExactly("Lin Meixiu");
    }

    @Test
    void aRelativeClauseStandsBetweenASpeakerAndTheVerb() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "ABIDJAN (Reuters) - Opposition leader Pascal Affi N'Guessan spoke on Wednesday. \"I recognise the "
                        + "result of this vote,\" N'Guessan, who won 9 percent of the vote, told journalists.");
        assertThat(speakers(a)).containsExactly("Pascal Affi N'Guessan");
    }

    @Test
    void theStatementSpeaksForTheBodyThatIssuedIt() {
        AnalysedArticle a = SharedEngine.analyse("Expulsion",
                "MOSCOW (Sputnik) - The Russian Foreign Ministry said in a statement that the attache must leave. "
                        + "\"The officer was ordered to leave the territory within 72 hours,\" the statement says.");
        assertThat(speakers(a)).containsExactly("Russian Foreign Ministry");
    }

    @Test
    void aTitledPersonNounSpeaksForThePersonItDescribes() {
        AnalysedArticle a = SharedEngine.analyse("Film",
                "MUMBAI - Actress Manushi Chhillar spoke about the film on Monday. The Operation Valentine star "
                        + "said, \"As an actor, you want your films to do well.\"");
        assertThat(speakers(a)).containsExactly("Manushi Chhillar");
    }

    @Test
    void aPhraseQuotedInASentenceOfSayingIsItsSubjectsQuotation() {
        AnalysedArticle a = SharedEngine.analyse("Oil",
                "SYDNEY (AFP) - Market strategist Michael McCarthy said a stronger dollar could be \"the trigger for "
                        + "further downside\" this week. The film \"Bade Miyan\" opened on Friday.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the trigger for further downside");
            assertThat(q.speaker().name()).isEqualTo("Michael McCarthy");
        });
    }

    @Test
    void accordingToXNamesTheSpeakerAndARoleNounWithANameInAppositionIsThatName() {
        AnalysedArticle a = SharedEngine.analyse("Plant",
                "VIENNA, Nov 5, 2024 (Reuters) - Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n"
                        + "According to Peskov, \"the West is prolonging the war.\"\n"
                        + "The head of the agency, Rafael Grossi, added that \"the situation at the plant remains fragile.\"");
        assertThat(speakers(a)).containsExactly("Dmitry Peskov", "Rafael Grossi");
    }

    @Test
    void aPronounNobodyBeforeCanBeIsThePersonTheNextSentenceNames() {
        AnalysedArticle a = SharedEngine.analyse("Rules",
                "BERLIN, Nov 5, 2024 (Reuters) - Germany rejected the new rules on Tuesday.\n"
                        + "\"We will not accept this,\" she said. Foreign Minister Annalena Baerbock spoke after a meeting in Berlin.");
        assertThat(speakers(a)).containsExactly("Annalena Baerbock");
    }

    @Test
    void aChineseFamilyNameOrAGivenNameAloneIsTheOnePersonOfThatName() {
        AnalysedArticle a = SharedEngine.analyse("Tennis",
                "HANGZHOU, Sept 25 (Xinhua) -- China's Zhang Zhizhen beat Justin Barki of Indonesia 7-5, 6-2.\n"
                        + "\"The crowd carried me,\" Zhang said.\n"
                        + "MUMBAI, April 20 -- Actor Manushi Chhillar spoke about her film.\n"
                        + "Manushi further said, \"I need to keep doing a good job.\"");
        assertThat(speakers(a)).containsExactly("Zhang Zhizhen", "Manushi Chhillar");
    }

    @Test
    void aSpeakerTheStoryDescribesWithoutANameIsTheDescription() {
        AnalysedArticle a = SharedEngine.analyse("Warrants",
                "GEORGETOWN, Aug 6 (AFP) - A court in Norland issued arrest warrants for two men.\n"
                        + "\"We have issued warrants for both men,\" a senior Norlandic police officer said on Wednesday.\n"
                        + "\"This is an outrage against our people,\" said a spokesman for the ministry.\n"
                        + "A police spokesman said: \"Three people were arrested at the scene.\"\n"
                        + "\"The verdict will be appealed,\" his lawyer told reporters.\n"
                        + "\"They came at night,\" one witness told AFP.");
        assertThat(speakers(a)).containsExactly("senior Norlandic police officer", "spokesman", "police spokesman",
                "lawyer", "witness");
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker().entityId()).isNull());
    }

    @Test
    void aCountryThatOwnsTheDescribedSpeakerGivesItsAdjective() {
        AnalysedArticle a = SharedEngine.analyse("Reply",
                "MOSCOW (Reuters) - Russia's foreign minister said: \"We will respond to this step.\"\n"
                        + "\"We will respond in kind,\" Russia said.");
        assertThat(speakers(a)).containsExactly("Russian foreign minister", "Russia");
        assertThat(a.quotes().get(1).speaker().entityId()).isNotNull();
    }

    @Test
    void aPronounAfterASentenceOpenedByADescribedSpeakerIsThatSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Protest",
                "ISLAMABAD (AP) - Opposition leader Omar Kasim led the march on parliament.\n"
                        + "The country\u2019s defense minister says police later cleared the lawns. He says \u201CNow only women and children are there, and they can stay.\u201D");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).speaker().name()).endsWith("defense minister");
    }

    @Test
    void aSurnameTheStoryNeverIntroducesNamesTheSpeakerAndItsNextQuote() {
        AnalysedArticle a = SharedEngine.analyse("Titan",
                "PASADENA (Reuters) - A drone will fly on a moon of Saturn.\n"
                        + "\"It is really cool, a drone flying around on Titan,\" Lopes said. \"It will be really exciting.\"\n"
                        + "\"We worked on adjusting the whole architecture,\" comments Robin Biesbroek of the agency.");
        assertThat(speakers(a)).containsExactly("Lopes", "Lopes", "Robin Biesbroek");
    }

    @Test
    void wordsAPaperQuotesSomeoneAsSayingAreTheirsAndATitleIsNoQuote() {
        AnalysedArticle a = SharedEngine.analyse("Ties",
                "BEIJING (Reuters) - The state-owned Daily Star quoted an unidentified Norlandic official as urging the"
                        + " government to take concrete measures rather than \u201Cempty slogans\u201D.\n"
                        + "The minister spoke at a panel session titled \u201CPaving the Way for Fibre in Norland\u201D on Monday.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("empty slogans");
            assertThat(q.speaker().name()).isEqualTo("Norlandic official");
        });
    }

    @Test
    void aStatementAQuoteIsAccordingToAndASubjectBeforeAnAppositionSpeak() {
        AnalysedArticle a = SharedEngine.analyse("Embassy",
                "BEIJING (Reuters) - \"China firmly opposes this step,\" according to a statement from the Chinese embassy.\n"
                        + "Hartley, speaking to reporters, said: \"We will get it done.\"");
        assertThat(speakers(a)).containsExactly("Chinese embassy", "Hartley"); // the body as the story prints it
    }

    @Test
    void aSpeakerWithAnAppositionAfterTheQuoteAndTheQuoteThatFollows() {
        AnalysedArticle a = SharedEngine.analyse("Moon",
                "HOUSTON (Reuters) - NASA added two lander providers.\n"
                        + "\"We were looking to do this later,\" Steve Clarke, deputy associate administrator for exploration at"
                        + " NASA, said on Monday. \"We saw the need to accelerate.\"\n"
                        + "\"This is mainly due to the wind,\" Kurinji Selvaraj, a research analyst at the Council on Energy,"
                        + " said.");
        assertThat(speakers(a)).containsExactly("Steve Clarke", "Steve Clarke", "Kurinji Selvaraj");
    }

    @Test
    void typographicMarksPairByDirectionAndDoubledSingleMarksQuoteToo() {
        AnalysedArticle a = SharedEngine.analyse("Song",
                "LONDON (Reuters) - A sample came in called \u201CGlasgow (\u201CNo Place Like Home\u201D). \u201CIt "
                        + "grabbed me by the heart,\u201D Harper said. Buckley, who phoned in from the set, had a similar "
                        + "experience: \u201CIt was just that feeling of this is the song.\u201D\n"
                        + "\u201CIt was an attempt to mislead voters,\u2019\u2019 Will Moy, chief executive of Full Fact, told "
                        + "the BBC.");
        assertThat(a.quotes()).extracting(AnalysedArticle.Quote::text).contains("It grabbed me by the heart,",
                "It was an attempt to mislead voters,");
        assertThat(speakers(a)).contains("Harper", "Buckley");
        assertThat(speakers(a).get(speakers(a).size() - 1)).endsWith("Moy");
    }

    @Test
    void aQuoteOpeningASentenceAfterHeSaidIsHis() {
        AnalysedArticle a = SharedEngine.analyse("Guards",
                "NEW YORK (AP) - \"We had hoped for more,\" Figgins said.\n"
                        + "Sometimes employees do not follow the rules, he said. \"But does that mean they should be jailed?\"");
        assertThat(speakers(a)).containsExactly("Figgins", "Figgins");
    }

    @Test
    void theStatementThatSpeaksIsOfWhoeverIssuedIt() {
        AnalysedArticle a = SharedEngine.analyse("Statement",
                "BEIJING (Reuters) - China issued a statement on Monday. \"We firmly oppose this step,\" the statement said.\n"
                        + "MOSCOW - The Russian Foreign Ministry issued a statement after talks with Norway. \"We regret this "
                        + "decision,\" the statement said.");
        assertThat(speakers(a)).containsExactly("China", "Russian Foreign Ministry");
    }

    @Test
    void heSaidGoesOnWithTheLastOneWhoSpokeNotTheLastOneNamed() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "WASHINGTON (Newsflow) - Senate Majority Leader Chuck Schumer said the vote sent a message to Russian "
                        + "President Vladimir Putin. \"America will stand with its friends,\" he said.");
        assertThat(speakers(a)).containsExactly("Chuck Schumer");
    }

    @Test
    void aWholeSentenceQuotedAfterSaidThatAndAParticipleAfterACommaAreTheSubjects() {
        AnalysedArticle a = SharedEngine.analyse("Border",
                "WASHINGTON (Newsflow) - Senator Ruth Calloway spoke on Monday. Calloway said that \"$53 million a week "
                        + "is coming across the border in drugs.\"\n"
                        + "Ambassador Liu Weimin said that the People's Liberation Army could be deployed, warning: "
                        + "\"They are already there in the garrison and they are ready.\"");
        assertThat(speakers(a)).containsExactly("Ruth Calloway", "Liu Weimin");
    }

    @Test
    void titlesOfSongsAndShowsInQuoteMarksAreNoQuotations() {
        AnalysedArticle a = SharedEngine.analyse("Band",
                "LOS ANGELES (Newsflow) - The band opened with \"Running Down the Valley Road\" and closed with "
                        + "\"Nights of the Long River.\" Fans had waited years. \"We wrote these songs for the people who "
                        + "stayed,\" singer Mara Quinn said.");
        assertThat(a.quotes()).extracting(AnalysedArticle.Quote::text)
                .containsExactly("We wrote these songs for the people who stayed,");
    }

    @Test
    void wordsQuotedAfterAVerbThatCharacterisesThemAreItsSubjects() {
        AnalysedArticle a = SharedEngine.analyse("Vote",
                "VIENNA, Sept 29, 2024 (Newsflow) - Chancellor Karl Nehammer ruled out a coalition, and Social Democrat "
                        + "leader Andreas Babler accused the Freedom Party of \"playing with fear\". The Foreign Ministry "
                        + "condemned the raid by settlers, describing it as a \"flagrant violation\". Defense Minister "
                        + "Wellington Koo (\u9867\u7acb\u96c4) accused Beijing of \"stubbornly pursuing intimidation\". "
                        + "The mother testified before describing the \"physical fight\" for her life.");
        assertThat(a.quotes()).extracting(AnalysedArticle.Quote::text).containsExactly("playing with fear",
                "flagrant violation", "stubbornly pursuing intimidation");
        assertThat(speakers(a)).containsExactly("Andreas Babler", "Foreign Ministry", "Wellington Koo");
    }

    @Test
    void aRoleNounWithADemonymIsAPersonOfThatCountry() {
        AnalysedArticle a = SharedEngine.analyse("Visit",
                "BRASILIA, Nov 12, 2024 (Newsflow) - President Luiz Inacio Lula da Silva received Angolan President Joao "
                        + "Lourenco. \"We are joined by history,\" Lula said. \"We came to bring companies back,\" the "
                        + "Angolan leader said.");
        assertThat(speakers(a)).containsExactly("Luiz Inacio Lula da Silva", "Joao Lourenco");
    }

    @Test
    void aNameInQuoteMarksBeforeItsNounIsNoQuotation() {
        AnalysedArticle a = SharedEngine.analyse("Patrol",
                "TAIPEI, Aug 21, 2024 (Newsflow) - President Lai Ching-te spoke. It was the largest patrol since the "
                        + "PLA's \"Joint Sword-2024A\" exercises in May. \"We will not let that happen,\" Lai said.");
        assertThat(a.quotes()).extracting(AnalysedArticle.Quote::text).containsExactly("We will not let that happen,");
    }

    @Test
    void aSurnameThatIsAlsoATitleTheTerrorGroupAndTheRegionalBlocNameTheirSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Verdict",
                "NEW DELHI, Dec 11, 2023 (Newsflow) - Union Home Minister Amit Shah welcomed the verdict. \"Today the "
                        + "court has settled that question,\" Mr. Shah said. Hamas rejected the plan. \"The occupation is "
                        + "using the talks as a cover,\" the terror group said. SADC sent an envoy. \"SADC is deeply "
                        + "concerned,\" the regional bloc said.");
        assertThat(speakers(a)).containsExactly("Amit Shah", "Hamas", "SADC");
    }

    @Test
    void aStatementThatAddsAQuoteRunningOnIsItsIssuers() {
        AnalysedArticle a = SharedEngine.analyse("Operation",
                "ISLAMABAD, Oct 28, 2024 (Newsflow) - \"Own troops engaged the terrorists,\" the ISPR statement said.\n"
                        + "The statement added: \"A sanitisation operation is being carried out.\n"
                        + "\"Pakistan has asked the Afghan government to manage the border.\"");
        assertThat(speakers(a)).containsExactly("ISPR", "ISPR", "ISPR");
    }

    @Test
    void aPronounOpeningItsClauseGoesOnWithTheSubjectBeforeNotWithTheObjectItsPossessiveNames() {
        AnalysedArticle a = SharedEngine.analyse("Congratulations",
                "MINSK, Jan 27, 2025 (Newsflow) - Turnout stood at 85 percent.\n"
                        + "Russian President Vladimir Putin was among the first to congratulate Aleksandr Lukashenko on his "
                        + "victory. In his message, he said the result reflected the \"broad support\" of Belarusians.\n"
                        + "Jose Mourinho joined the club on Wednesday.\n"
                        + "He said after his appointment: \"I am excited to be joining a club with such a heritage.\"");
        assertThat(speakers(a)).containsExactly("Vladimir Putin", "Jose Mourinho");
    }

    @Test
    void aPartialQuoteAfterAnotherIsTheSameSpeakersAndOneBeforeTheSayerIsHis() {
        AnalysedArticle a = SharedEngine.analyse("Statements",
                "MINSK, Jan 27, 2025 (Newsflow) - Foreign Minister Maksim Ryzhenkov told journalists that the EU "
                        + "\"has no moral right\" to lecture Belarus while it \"ignores the will of its own voters\".\n"
                        + "Budapest considers the plan \"a serious and credible basis\" for settling the dispute, Hungarian "
                        + "Foreign Minister Peter Szijjarto told a press conference.");
        assertThat(speakers(a)).containsExactly("Maksim Ryzhenkov", "Maksim Ryzhenkov", "Peter Szijjarto");
    }

    @Test
    void aTitledRoleNounOfTwoWordsAndTheHeadOfStateAreTheHoldersOfThoseTitles() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "LIMA, Jun 20, 2024 (Newsflow) - The memorandum was signed by Foreign Affairs Minister Javier "
                        + "Gonzalez-Olaechea and Chilean Foreign Minister Alberto van Klaveren.\n"
                        + "\"Chile is a strategic partner,\" the Peruvian foreign minister told reporters.\n"
                        + "President Dina Boluarte received the minister. Opposition leader Keiko Fujimori stayed away.\n"
                        + "Speaking to journalists on Sunday, the head of state said Lima was open to dialogue \"if they "
                        + "come with respect\".");
        assertThat(speakers(a)).containsExactly("Javier Gonzalez-Olaechea", "Dina Boluarte");
    }

    @Test
    void theDutchmanWhoSaysIsThePersonNotHisCountry() {
        AnalysedArticle a = SharedEngine.analyse("Race",
                "SINGAPORE, Sept 22, 2024 (Newsflow) - Lando Norris won the race.\n"
                        + "Verstappen, the three-time defending world champion, was philosophical. \"We maximised what we "
                        + "had,\" the Dutchman said.");
        assertThat(speakers(a)).containsExactly("Verstappen");
    }

    @Test
    void heSaidAfterAQuoteOfSentencesThatNameNoOneIsTheSubjectWhoOpenedIt() {
        AnalysedArticle a = SharedEngine.analyse("Talks", "RIYADH, Jan 12, 2025 (Newsflow) - Syrian Foreign Minister "
                + "Asaad al-Shaibani, who led a delegation from the new administration led by Ahmed al-Sharaa, urged "
                + "participants to help. \"These sanctions were imposed on the former regime. Today they are punishing "
                + "the Syrian people,\" he said.");
        assertThat(speakers(a)).containsOnly("Asaad al-Shaibani");
    }

    @Test
    void theDemonymOfASpeakersTitleIsNoSpeakerPastARelativeClause() {
        AnalysedArticle a = SharedEngine.analyse("Verdict", "BELGRADE, Feb 26, 2025 (Newsflow) - Serbian President "
                + "Aleksandar Vucic, who met Dodik shortly after the verdict, called it \"a shameful decision\" that "
                + "would hurt the region.");
        assertThat(speakers(a)).containsExactly("Aleksandar Vucic");
    }

    @Test
    void aDemonymThatDescribesTheNameAfterItIsNoSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Trade", "ANKARA, May 3, 2024 (Newsflow) - The Palestinian resistance "
                + "group Hamas welcomed the decision, describing it as \"a courageous step\" for the people.");
        assertThat(speakers(a)).containsExactly("Hamas");
    }

    @Test
    void aTitledNounWithAWhoClauseRefersToThePersonNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Visit", "RABAT, Oct 29, 2024 (Newsflow) - French President Emmanuel "
                + "Macron on Tuesday addressed Morocco's parliament. The French leader, who is on a three-day state visit, "
                + "said Paris would defend the autonomy plan as \"the only basis\" for a political solution.");
        assertThat(speakers(a)).containsExactly("Emmanuel Macron");
    }

    @Test
    void aTitlePrintedInCapitalsAfterTheIsThePersonWhoHoldsIt() {
        AnalysedArticle a = SharedEngine.analyse("Talks", "WASHINGTON, March 12, 2025 (Newsflow) - Taoiseach Micheál "
                + "Martin met President Donald Trump at the White House. \"Irish companies are investing in every "
                + "single state,\" the Taoiseach said. Maldivian President Mohamed Muizzu met him later. \"India is "
                + "among our closest partners,\" the Maldivian President said.");
        assertThat(speakers(a)).containsExactly("Micheál Martin", "Mohamed Muizzu");
    }


    @Test
    void aSpokespersonForACountrysCarrierSpeaksForTheCarrier() {
        AnalysedArticle a = SharedEngine.analyse("Flights",
                "BAKU, Dec 28, 2024 (Newsflow) - Flights to Russia were suspended.\n\"The decision was taken due to "
                        + "possible risks to flight safety,\" a spokesperson for Azerbaijan Airlines said.");
        assertThat(speakers(a)).containsExactly("Azerbaijan Airlines");
    }

    @Test
    void aDescribedSpeakerWhoseTitleTheStoryGaveOnePersonIsThatPerson() {
        AnalysedArticle a = SharedEngine.analyse("Gaza",
                "RAFAH, Nov 24, 2023 (Newsflow) - Belgian Prime Minister Alexander De Croo visited the crossing on "
                        + "Friday.\n\"Israel has the right to defend itself,\" the Belgian prime minister said.\n"
                        + "\"The crossing must open,\" a senior official said.");
        assertThat(speakers(a)).containsExactly("Alexander De Croo", "senior official");
    }

    @Test
    void aSpokespersonNamedByHisBodysShortNameSpeaksForTheBody() {
        AnalysedArticle a = SharedEngine.analyse("Buoys",
                "TALLINN, May 23, 2024 (Newsflow) - Estonia's Border Guard Board (PPA) said the buoys were gone.\n"
                        + "\"Our patrol saw them pulling the buoys out,\" a PPA spokesperson said.");
        assertThat(speakers(a)).containsExactly("Border Guard Board");
    }

    @Test
    void aBodyQuotedByItsAcronymIsNamedAsTheStorySpelledItOut() {
        String filler = "The case has divided the country for months, and the opposition says it is political. ".repeat(6);
        AnalysedArticle a = SharedEngine.analyse("Arrest", "LILONGWE, Nov 25, 2022 (Newsflow) - The Anti-Corruption "
                + "Bureau (ACB) on Friday arrested the vice-president.\n" + filler + "\n\"The arrest was effected after the "
                + "investigations,\" an ACB spokesperson said.");
        assertThat(speakers(a)).containsExactly("Anti-Corruption Bureau");
    }

    @Test
    void aNameTheDictionaryKnowsAsAnotherFormOfAPersonNamedIsThatPerson() {
        AnalysedArticle a = SharedEngine.analyse("Treaties", "PUTRAJAYA, June 8, 2023 (Newsflow) - Indonesian President Joko "
                + "Widodo signed the treaties. \"After 18 years, the sea boundary is done,\" said Jokowi.");
        assertThat(speakers(a)).containsExactly("Joko Widodo");
        assertThat(a.entities()).extracting(AnalysedArticle.Entity::name).doesNotContain("Jokowi");
    }

    @Test
    void aSpokespersonOfAKindOfBodySpeaksForTheLastBodyOfThatKindNamed() {
        AnalysedArticle a = SharedEngine.analyse("BRICS", "JAKARTA, Jan 7, 2025 (Newsflow) - Indonesia joined BRICS. In "
                + "Beijing, China's Foreign Ministry also welcomed the step. \"Indonesia is a major developing country,\" "
                + "a ministry spokesperson said at a regular briefing.");
        assertThat(speakers(a)).containsExactly("Chinese Foreign Ministry");
    }

    @Test
    void aPossessiveInAFrontedPhraseIsTheSubjectsAndThePresidentIsNoPresidentElect() {
        AnalysedArticle a = SharedEngine.analyse("Visit",
                "JAKARTA, Sept 4, 2024 (Newsflow) - Pope Francis met President Joko Widodo, who will hand over to "
                        + "President-elect Prabowo Subianto in October.\n"
                        + "In his speech, the Pope praised the national motto.\n"
                        + "\u201CHarmony does not mean that everyone must be the same,\u201D he said.\n"
                        + "Prabowo was in the audience. \u201CIndonesia deeply appreciates the Vatican's voice for "
                        + "peace,\u201D the President said.");
        assertThat(speakers(a)).containsExactly("Francis", "Joko Widodo");
    }

    @Test
    void theCommaPrintedInsideTheMarksStaysInTheQuote() {
        AnalysedArticle a = SharedEngine.analyse("Strike",
                "KYIV, April 13, 2025 (Newsflow) - Envoy Keith Kellogg said the strike had \u201Ccrossed any line "
                        + "of decency,\u201D and Russia had to stop.");
        assertThat(a.quotes()).extracting(AnalysedArticle.Quote::text).containsExactly("crossed any line of decency,");
    }

    @Test
    void aPronounInsideAQuoteOfTwoSentencesIsNoAntecedentOutsideIt() {
        AnalysedArticle a = SharedEngine.analyse("NATO",
                "BRUSSELS, April 4, 2023 (Reuters) - Jens Stoltenberg spoke of President Vladimir Putin.\n"
                        + "\"He wanted less NATO on his borders. Today he has more of it,\" Stoltenberg said. He added "
                        + "that he expected Sweden to join \"as soon as possible for all of us\".");
        assertThat(speakers(a)).containsOnly("Jens Stoltenberg");
    }

    @Test
    void theHeadOfStateIsFirstWhoeverTheStoryGaveThatVeryTitle() {
        AnalysedArticle a = SharedEngine.analyse("Talks",
                "ASTANA, Nov 27, 2024 (Kazinform) - Head of State Kassym-Jomart Tokayev held talks with President of "
                        + "the Russian Federation Vladimir Putin.\n"
                        + "\"Russia has always been our strategic partner,\" the Head of State said.");
        assertThat(speakers(a)).containsExactly("Kassym-Jomart Tokayev");
    }

    @Test
    void aBodysUnnamedSpokespersonSpeaksAsTheBody() {
        AnalysedArticle a = SharedEngine.analyse("Record",
                "NAIROBI, Oct 8, 2023 (Newsflow) - Kiptum broke the record.\n"
                        + "\"All the required procedures were followed,\" an Athletics Kenya spokesperson said.\n"
                        + "\"The roads will be closed until noon,\" a senior police spokesman said.");
        assertThat(speakers(a)).containsExactly("Athletics Kenya", "senior police spokesman");
    }

    @Test
    void theSpokespersonIsTheBodyWhoseSpokespersonWasNamedBeforeNotTheLastPerson() {
        AnalysedArticle a = SharedEngine.analyse("NATO",
                "BRUSSELS, April 4, 2023 (Reuters) - Secretary General Jens Stoltenberg hailed the day.\n"
                        + "Planners will start work at once, a NATO spokesperson said. \"From today, Finland is covered "
                        + "by Article 5,\" the spokesperson said.");
        assertThat(speakers(a)).containsExactly("NATO");
    }
    @Test
    void theSpokespersonIsTheBodyOfTheSpokespersonForItNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Collapse", "DAR ES SALAAM, Nov 19, 2024 (Newsflow) - A spokesperson "
                + "for the Tanzania Police Force said the owner would be questioned.\n\"Anyone found to have contributed "
                + "to this tragedy will face the law,\" the spokesperson said.");
        assertThat(speakers(a)).containsExactly("Tanzania Police Force");
    }

    @Test
    void heSaidAfterASentenceOpeningWithAQuoteIsItsSpeakerNotThePersonItReferredTo() {
        AnalysedArticle a = SharedEngine.analyse("Pause", "MEXICO CITY, Aug 27, 2024 (Reuters) - \"We do have to remind "
                + "him that there is a Constitution here,\" President Andres Manuel Lopez Obrador told his news "
                + "conference, referring to U.S. Ambassador Ken Salazar.\nHe said the freeze was up to Washington. "
                + "\"As long as they keep up this policy, it stays on pause,\" he said.");
        assertThat(speakers(a)).containsOnly("Andres Manuel Lopez Obrador");
    }

    @Test
    void aTitleBeforeFormsOfAddressEndsWhereTheyStart() {
        AnalysedArticle a = SharedEngine.analyse("GDP", "PUTRAJAYA, Feb 14, 2025 (Bernama) -- \"The services sector "
                + "continues to be the backbone of the economy,\" Chief Statistician Datuk Seri Dr Mohd Uzir Mahidin said.");
        assertThat(speakers(a)).containsExactly("Mohd Uzir Mahidin");
    }
    @Test
    void theSpokespersonIsTheBodyNamedWithItsCommasOrAfterOf() {
        AnalysedArticle a = SharedEngine.analyse("Islands", "LONDON, Jan 3, 2025 (Newsflow) - A Foreign, Commonwealth and "
                + "Development Office spokesperson said there could be no talks.\n\"The islands are British,\" the "
                + "spokesperson added.\nA spokesperson of the Defense Ministry said the deal was ready.\n\"It is a good "
                + "deal for both countries,\" the spokesperson said.");
        assertThat(speakers(a)).containsExactly("Foreign, Commonwealth and Development Office", "Defense Ministry");
    }

    @Test
    void aSpokespersonForABodyTheStoryDoesNotKnowSpeaksForItByItsLongName() {
        AnalysedArticle a = SharedEngine.analyse("Refugees",
                "OTTAWA, March 24, 2023 (Newsflow) - The crossing will close.\n\"Closing the road will not stop people,\" a "
                        + "spokesperson for the Canadian Council for Refugees said.\n\"Our officials have conveyed our "
                        + "concerns,\" a spokesperson for the Department of Foreign Affairs and Trade said.\n\"We are "
                        + "worried,\" a spokesperson for the power distributor Edesur said.");
        assertThat(speakers(a)).containsExactly("Canadian Council for Refugees", "Department of Foreign Affairs and Trade",
                "Edesur");
    }

    @Test
    void aSpokespersonForTheBodyDescribedIsTheBodyNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Swap", "BRUSSELS, May 27, 2023 (Newsflow) - The exiled National Council "
                + "of Resistance of Iran (NCRI) condemned the swap.\n\"Belgium has rewarded hostage-taking,\" a spokesperson "
                + "for the movement said.");
        assertThat(speakers(a)).containsExactly("National Council of Resistance of Iran");
    }

    @Test
    void aBodysSpokespersonNamedByItsNounIsTheBodyNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Landing", "COLOMBO, Oct 3, 2024 (Newsflow) - The Sri Lanka Air Force "
                + "said a plane had landed safely.\n\"The flight was approved by the Defence Ministry,\" an air force "
                + "spokesperson said.");
        assertThat(speakers(a)).containsExactly("Sri Lankan Air Force");
    }

    @Test
    void theOneWhoseSpokesmanSpeaksIsNotTheSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Report", "MOSCOW, Jan 21, 2016 (Newsflow) - President Vladimir Putin's "
                + "spokesman, Dmitry Peskov, suggested the report could be put down to \"fine British humour\".");
        assertThat(speakers(a)).containsExactly("Dmitry Peskov");
    }

    @Test
    void aQuoteClosingItsSentenceIsNotSpokenByTheSubjectOfTheNext() {
        AnalysedArticle a = SharedEngine.analyse("Rift", "DOHA, June 5, 2017 (Newsflow) - Qatar's Ministry of Foreign "
                + "Affairs said: \"These measures have no justification.\" Germany urged both sides to talk.");
        assertThat(speakers(a)).containsExactly("Qatari Foreign Ministry");
    }

    @Test
    void theSubjectAfterAFrontedClauseSpeaksNotThePersonTheClauseNames() {
        AnalysedArticle a = SharedEngine.analyse("Summit", "ISTANBUL, December 13, 2017 (Newsflow) - President Mahmoud "
                + "Abbas said the United States had disqualified itself.\nAddressing the summit, convened at the invitation "
                + "of Turkish President Recep Tayyip Erdogan, the President said: \"Jerusalem is and will forever be our "
                + "capital.\"");
        assertThat(speakers(a)).containsExactly("Mahmoud Abbas");
    }

    @Test
    void aRankedNounWithADemonymIsThePersonOfThatCountryToldBefore() {
        AnalysedArticle a = SharedEngine.analyse("Expulsions", "MOSCOW, March 29. /TASS/. Russia will expel 60 US "
                + "diplomats, Russian Foreign Minister Sergey Lavrov told a news conference on Thursday.\nThe top Russian "
                + "diplomat stressed that the reply would not be limited to Washington. \"The same goes for the other "
                + "countries,\" he said.");
        assertThat(speakers(a)).containsExactly("Sergey Lavrov");
    }

    @Test
    void heSaidAfterASentenceOpenedByAFrontedPhraseGoesOnWithItsSubject() {
        AnalysedArticle a = SharedEngine.analyse("Capture", "ABIDJAN, April 11, 2011 (Newsflow) - Laurent Gbagbo was "
                + "arrested on Monday by forces loyal to Alassane Ouattara. In a televised address Monday night, Ouattara "
                + "called for calm and said Gbagbo and his close associates would face justice. \"We have entered a new "
                + "era of hope,\" he said.");
        assertThat(a.quotes().stream().filter(q -> q.text().startsWith("We have entered")).map(q -> q.speaker().name()))
                .containsExactly("Alassane Ouattara");
    }

    @Test
    void aSurnameThatIsAlsoAPlaceSpeaksForThePersonNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Election", "SANTO DOMINGO, July 6, 2020 (Newsflow) - President "
                + "Danilo Medina congratulated the winner. \"The people have spoken in peace, and that is a victory for "
                + "all of us,\" Medina said in a message on social networks.");
        assertThat(speakers(a)).containsExactly("Danilo Medina");
    }

    @Test
    void thePersonAnAppositionGivesSpeaksForThePossessorsTitleBeforeIt() {
        AnalysedArticle a = SharedEngine.analyse("Ruling", "GEORGETOWN, Dec 19, 2020 (Newsflow) - The court ruled on "
                + "Friday. Guyana's Agent before the court, former Foreign Affairs Minister Carl Greenidge, described the "
                + "judgment as \"a firm and clear foundation\" for the case. Somalia's Council of Ministers, which met "
                + "on Tuesday chaired by Prime Minister Hamza Abdi Barre, described the deal as \"a blatant violation\" "
                + "of its sovereignty.");
        assertThat(speakers(a)).first().isEqualTo("Carl Greenidge");
        assertThat(speakers(a)).doesNotContain("Hamza Abdi Barre");
    }

    @Test
    void aSubjectTellingAnAudienceBeforeAColonSpeaks() {
        AnalysedArticle a = SharedEngine.analyse("Visit", "VIENTIANE, Sept 7, 2016 (Newsflow) - Speaking at the "
                + "National Cultural Hall, Barack Obama acknowledged that history, telling the audience: \"Many of the "
                + "bombs that fell here were never detonated.\"");
        assertThat(speakers(a)).containsExactly("Barack Obama");
    }

    @Test
    void aLongAppositionBetweenTheQuoteAndItsVerbKeepsTheSpeaker() {
        AnalysedArticle a = SharedEngine.analyse("Verdict", "NEW DELHI, Aug 11, 2009 (Newsflow) - \"The verdict has "
                + "nothing to do with the law,\" Nyan Win, spokesman of the National League for Democracy (NLD) and a "
                + "member of the opposition leader's legal team, told reporters by telephone.");
        assertThat(speakers(a)).containsExactly("Nyan Win");
    }

    @Test
    void theNameAppositionGivesForATitleOfABodySpeaksAndAnOpeningParticipleIsNoName() {
        AnalysedArticle a = SharedEngine.analyse("Fire", "ACCRA, June 4, 2015 (Newsflow) - The flagbearer of the "
                + "opposition New Patriotic Party (NPP), Nana Akufo-Addo, who also visited the scene, described the "
                + "disaster as \"a national tragedy that should unite all of us\".\nReacting, the presidential candidate "
                + "of the Peoples Democratic Party (PDP), Atiku Abubakar, described the suspension as \"a brazen act of "
                + "dictatorship\".");
        assertThat(speakers(a)).containsExactly("Nana Akufo-Addo", "Atiku Abubakar");
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Reacting"));
    }

    @Test
    void theSubjectOfAClauseAfterWhileOrAFrontedPhraseSpeaks() {
        AnalysedArticle a = SharedEngine.analyse("Attack", "ABUJA, March 29, 2022 (Newsflow) - King Salman sent a cable "
                + "of condolences on Friday, while Russian President Vladimir Putin said the crime was \"striking in its "
                + "cruelty and cynicism\".\nPresident Muhammadu Buhari condemned the attack. In a statement by his Senior "
                + "Special Assistant on Media and Publicity, Garba Shehu, the President said: \"No effort will be spared "
                + "to bring the perpetrators to justice.\"");
        assertThat(speakers(a)).containsExactly("Vladimir Putin", "Muhammadu Buhari");
    }

    @Test
    void aNameApposedToATitleAPossessorOwnsSpeaksAndIsWhomTheNextPronounFollows() {
        AnalysedArticle a = SharedEngine.analyse("Arrest", "NEW DELHI, Aug 16, 2011 (Newsflow) - Leader of the "
                + "Opposition Sushma Swaraj accused the government. Her counterpart in the upper house, Arun Jaitley, "
                + "called the arrest \"an assault on democracy\".\nAt a news conference after the verdict, Damond's "
                + "fiance, Don Wallace, thanked prosecutors. \"Justine should be alive today,\" he said.");
        assertThat(speakers(a)).containsExactly("Arun Jaitley", "Don Wallace");
    }

    @Test
    void theSubjectPronounOfAFrontedClauseOfTimeIsTheNameAfterItsComma() {
        AnalysedArticle a = SharedEngine.analyse("Fast", "NEW DELHI, Aug 16, 2011 (Newsflow) - Police also detained "
                + "Manish Sisodia, 46, on Monday. Before he was taken away, Rahul Mehta recorded a video message for his "
                + "supporters. \"The second struggle for freedom has begun,\" he said in the message.");
        assertThat(speakers(a)).containsExactly("Rahul Mehta");
    }

    @Test
    void aModifiedTitleAfterAQuoteIsThePersonNamedBefore() {
        AnalysedArticle a = SharedEngine.analyse("Poll", "JAKARTA, July 22, 2014 (Newsflow) - Prabowo Subianto told "
                + "reporters that he was pulling out of the process. \"We cannot accept a result that came out of a "
                + "process full of violations,\" the retired general said.");
        assertThat(speakers(a)).containsExactly("Prabowo Subianto");
    }

    @Test
    void wordsAPossessorOwnsAreHisWhereTheirContentFollowsNotWhereOthersCharacteriseThem() {
        AnalysedArticle a = SharedEngine.analyse("Guam", "SEOUL, Aug 10, 2017 (Newsflow) - General Kim Rak Gyom "
                + "dismissed President Donald Trump's warning that North Korea would be met with \"fire and fury like the "
                + "world has never seen\" if it kept threatening the United States.\nDA leader John Steenhuisen called "
                + "the ambassador's remarks \"a reckless own goal\" on Friday.");
        assertThat(speakers(a)).containsExactly("Donald Trump", "John Steenhuisen");
    }
}
