package io.newsflow.extract.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.SharedEngine;

class RetoldEventsTest {
    private static final String PARAGRAPH = "Russia condemned China on Monday over the border incident.";

    @Test
    void paragraphThePageRepeatsCodesItsEventOnce() {
        List<NewsEvent> once = SharedEngine.analyse("Border talks", "MOSCOW (Reuters) - " + PARAGRAPH).events();
        List<NewsEvent> repeated = SharedEngine.analyse("Border talks",
                "MOSCOW (Reuters) - " + PARAGRAPH + "\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH).events();

        assertThat(once).extracting(event -> event.cameo().root()).containsExactly("11");
        // where the article first tells it
        assertThat(repeated).extracting(NewsEvent::sentenceIndex, NewsEvent::actionText).containsExactlyElementsOf(
                once.stream().map(event -> tuple(event.sentenceIndex(),
                        event.actionText())).toList());
    }

    @Test
    void twoActionsOfOneSentenceCodedAlikeStayTwoEvents() {
        List<NewsEvent> events = SharedEngine.analyse("Tests", "SEOUL (Yonhap) - North Korea conducted a nuclear test "
                + "and after that launched a ballistic missile on Monday.").events();

        assertThat(events).extracting(NewsEvent::actionText).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void sameWhoDidWhatToWhomInOtherWordsStays() {
        List<NewsEvent> events = SharedEngine.analyse("Condemned", "MOSCOW (Reuters) - " + PARAGRAPH
                + " Russia also condemned China for the shooting.").events();

        assertThat(events).filteredOn(event -> event.cameo().root().equals("11")).hasSize(2);
    }

    @Test
    void theirStatesTeamsMeetingIsNotTheLeadersMeetingToldBefore() {
        List<NewsEvent> events = SharedEngine.analyse("Talks", "JEDDAH, March 11, 2025 (Newsflow) - Aid was halted after "
                + "a meeting between US President Donald Trump and Ukrainian President Volodymyr Zelensky. The US team "
                + "met a Ukrainian delegation on Tuesday.").events();
        assertThat(events).filteredOn(event -> event.cameo().root().equals("04")).hasSize(2);
    }

    @Test
    void aCriticismToldTwiceInOneSentenceIsOne() {
        List<NewsEvent> events = SharedEngine.analyse("Condemned", "AMMAN, Feb 16, 2025 (Newsflow) - Jordanian Foreign "
                + "Minister Ayman Safadi condemned the ongoing Israeli military operation in the northern West Bank, "
                + "describing it as \"a dangerous escalation\".").events();
        assertThat(events).extracting(e -> e.cameo().code()).containsExactly("111");
    }
}
