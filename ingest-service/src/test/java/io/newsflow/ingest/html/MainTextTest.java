package io.newsflow.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each of the ways the former extractor lost a page's article, on a page written for the test. */
class MainTextTest {
    private static final String FIRST = "The city council voted on Tuesday to close the old harbour bridge to cars, "
            + "after engineers found cracks in two of its supporting piers.";
    private static final String SECOND = "Repairs will take at least eighteen months, the mayor said, and buses will "
            + "use the northern ring road until the bridge reopens in the spring of next year.";
    private static final String THIRD = "Shop owners near the bridge said they feared losing customers, while cycling "
            + "groups welcomed the decision and asked for a temporary bike lane.";
    private static final String ARTICLE = "<h1>Harbour bridge closes</h1><p>" + FIRST + "</p><p>" + SECOND + "</p><p>"
            + THIRD + "</p>";
    /** A sidebar with text of its own, so that a lost article would lose to it. */
    private static final String SIDEBAR = """
            <div class="sidebar-box"><h3>Most read</h3><ul>
            <li><a href="/1">Ferry timetable changes for the winter season, all routes and times</a></li>
            <li><a href="/2">New school opens in the eastern district, with places for 600 pupils</a></li>
            </ul><p>Our newsletter brings the day's local news, weather and traffic to your inbox each morning.</p></div>""";

    private static String extract(String body) {
        return MainText.extract(Jsoup.parse("<html><body>" + body + "</body></html>"), "Harbour bridge closes", null);
    }

    private static String extract(String body, String articleBody) {
        return MainText.extract(Jsoup.parse("<html><body>" + body + "</body></html>"), "Harbour bridge closes",
                articleBody);
    }

    @ParameterizedTest
    @ValueSource(strings = {"elementor-widget-container", "Page-ad-margins", "penci_sidebar", "PageBuilder-pageRow",
            "ad-wrapper related-content"})
    void aWrapperWhoseClassSoundsLikeBoilerplateKeepsTheArticleItHolds(String wrapperClass) {
        String text = extract("<div class=\"" + wrapperClass + "\"><div>" + ARTICLE + "</div></div>" + SIDEBAR);

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void aPageWrappedWholeInAFormKeepsItsArticleAndDropsItsSearchForm() {
        String text = extract("""
                <form id="aspnetForm" action="/page" method="post">
                  <div class="top"><form action="/search"><label>Search the whole site for news</label></form></div>
                  <main>%s</main>%s
                </form>""".formatted(ARTICLE, SIDEBAR));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void divsHoldingTextAreParagraphs() {
        String text = extract("""
                <div class="l-container"><h1>Harbour bridge closes</h1>
                  <div class="zn-body__paragraph">%s</div>
                  <div class="zn-body__paragraph">%s</div>
                  <div class="zn-body__paragraph">%s</div>
                </div>%s""".formatted(FIRST, SECOND, THIRD, SIDEBAR));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void textSeparatedByTwoLineBreaksIsParagraphsAndOneBreakStaysInsideItsParagraph() {
        String text = extract("""
                <div class="entry">%s<br><br>%s<br>
                <br>%s<br>Council press office</div>%s""".formatted(FIRST, SECOND, THIRD, SIDEBAR));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD + "\nCouncil press office");
    }

    @Test
    void relatedPostArticlesAfterTheStoryAreNotPartOfIt() {
        String teaser = """
                <article class="card"><h3><a href="/%1$d">Another story number %1$d about the harbour</a></h3>
                <p>A summary of another story, long enough to look like a paragraph of prose, with commas, clauses,
                and a full stop at its end.</p></article>""";
        String text = extract("<main><article>" + ARTICLE + "</article><section><h2>More stories</h2>"
                + teaser.formatted(1) + teaser.formatted(2) + teaser.formatted(3) + "</section></main>");

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void aRelatedPostArticleBeforeTheStoryDoesNotWinOverIt() {
        String text = extract("""
                <div><article><h2><a href="/old">Older: the bridge was inspected in 2019</a></h2>
                <p>Inspectors looked at the harbour bridge five years ago and found it in good order, they wrote.</p>
                </article></div>
                <div class="story"><article>%s</article></div>""".formatted(ARTICLE));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void aCookieBannerWithALongTextDoesNotBecomeTheArticle() {
        String text = extract("""
                <div id="c1"><p>We and our partners use cookies and similar technologies to store and access
                information on your device, to personalise content and advertising, to measure audiences and to
                improve our services. You can accept all, refuse all, or choose your settings at any time.</p>
                <a href="#">Accept all</a> <a href="#">Settings</a></div>
                <div>%s</div>%s""".formatted(ARTICLE, SIDEBAR));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void bylineCaptionShareBarAndTagsAroundTheStoryAreDroppedByTheirShape() {
        String text = extract("""
                <div><div>By Jane Example, city reporter</div><div>May 21, 2024</div>
                <div><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
                <div><img src="bridge.jpg"><span>The harbour bridge on Monday. Photo: Example</span></div>
                <p>%s</p><h2>Eighteen months</h2><p>%s</p><p>%s</p>
                <div>Tags: <a href="/t/bridge">bridge</a>, <a href="/t/harbour">harbour</a></div>
                <div>Follow us for more local news</div></div>""".formatted(FIRST, SECOND, THIRD));

        assertThat(text).isEqualTo(FIRST + "\nEighteen months\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void theBlockTheJsonLdBodyPointsToWinsOverALongerOne() {
        String longComment = ("I have lived near this bridge for forty years, and I can tell you that nobody ever "
                + "maintained it properly, whatever the council says now, and the cracks were there for years. ").repeat(4);
        String text = extract("""
                <div class="a1"><div>%s</div><div>%s</div></div>
                <div class="a2"><div>%s</div><div>%s</div><div>%s</div></div>""".formatted(FIRST, SECOND,
                longComment, longComment, longComment), FIRST + "\n" + SECOND);

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void aJsonLdBodyTheMarkupDoesNotHoldIsTheText() {
        String statedBody = (FIRST + " " + SECOND + " " + THIRD + "\n").repeat(3);

        String text = extract("<div><p>" + FIRST + "</p><p>Read the full story in our app.</p></div>" + SIDEBAR,
                statedBody);

        assertThat(text).isEqualTo(statedBody.strip());
    }

    @Test
    void theElementMarkedAsArticleBodyWinsOverALongerUnmarkedOne() {
        String text = extract("""
                <div><div><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p></div></div>
                <div><div itemprop="articleBody"><p>%2$s</p><p>%3$s</p></div></div>""".formatted(THIRD, FIRST, SECOND));

        assertThat(text).isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void aPageNestedTenThousandDeepIsReadWithoutOverflowingTheStack() {
        String text = extract("<div>".repeat(10_000) + ARTICLE + "</div>".repeat(10_000));

        assertThat(text).contains(FIRST, SECOND, THIRD);
    }

    @Test
    void aPageOfNavigationOnlyHasNoMainText() {
        assertThat(extract("<header>Logo</header><nav><a href=/>Home</a></nav><footer>Contact us</footer>")).isEmpty();
    }
}
