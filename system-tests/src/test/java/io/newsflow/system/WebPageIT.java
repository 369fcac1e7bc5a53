package io.newsflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.restassured.path.json.JsonPath;

/**
 * query-service's web page in headless Chromium, against the whole pipeline with the samples
 * uploaded. Each test opens its own view and stands alone; the order only decides what the
 * screenshots (system-tests/target/screenshots, the README's in docs/screenshots) show: the samples
 * first, then what the later tests upload.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
    @RegisterExtension
    @Order(1)
    static final HeadlessChromium chromium = new HeadlessChromium();
    @RegisterExtension
    @Order(2)
    static final RunningPipeline running = new RunningPipeline("web");

    private static final String UN_ARTICLE = "UN Security Council expands sanctions on North Korea";
    private static final String SUDAN_ARTICLE = "Sudan's RSF agrees to humanitarian truce a day after deadly shelling of El Fasher camp";

    @BeforeAll
    static void uploadTheSamples() throws IOException {
        Uploads uploads = new Uploads(running);
        try (Stream<Path> samples = Files.list(RunningPipeline.repository().resolve("samples"))) {
            uploads.awaitQueryable(uploads.files(samples.sorted().toList()));
        }
    }

    @AfterEach
    void thePageHadNoScriptErrors() {
        assertThat(chromium.pageErrors()).as("script errors and refused content in the page").isEmpty();
    }

    @Test
    @Order(1)
    void searchAndFiltersNarrowTheEventTable() {
        chromium.open(page("#/events"));
        assertThat(shownTotal()).isEqualTo(api("/api/events").getInt("total"));
        assertThat(rows()).hasSize(Math.min(20, api("/api/events").getInt("total")));
        chromium.screenshot("events");

        WebElement form = chromium.driver().findElement(By.cssSelector("form.filters"));
        form.findElement(By.name("q")).sendKeys("sanctions");
        new Select(form.findElement(By.name("root"))).selectByValue("16");
        submit(form);

        assertThat(chromium.driver().getCurrentUrl()).contains("q=sanctions").contains("root=16");
        JsonPath expected = api("/api/events?q=sanctions&root=16");
        assertThat(expected.getInt("total")).isPositive();
        assertThat(shownTotal()).isEqualTo(expected.getInt("total"));
        assertThat(rows()).allSatisfy(row -> assertThat(row.getDomAttribute("data-root")).isEqualTo("16"));

        form = chromium.driver().findElement(By.cssSelector("form.filters"));
        form.findElement(By.name("q")).clear();
        new Select(form.findElement(By.name("root"))).selectByValue("");
        form.findElement(By.name("actor")).sendKeys("North Korea");
        form.findElement(By.name("from")).sendKeys("2016");
        form.findElement(By.name("to")).sendKeys("2016-12");
        submit(form);

        JsonPath northKorea2016 = api("/api/events?actor=North Korea&from=2016&to=2016-12");
        assertThat(shownTotal()).isEqualTo(northKorea2016.getInt("total")).isPositive();
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("td.date")).getText()).startsWith("2016");
            assertThat(row.getText()).contains("North Korea");
        });
    }

    @Test
    @Order(2)
    void theTimelineDrawsBarsAndABarFiltersTheTable() {
        chromium.open(page("#/events?interval=month"));
        List<Map<String, Object>> bars = bars();
        long charted = bars.stream().mapToLong(bar -> ((Number) bar.get("count")).longValue()).sum();
        long bucketed = api("/api/stats/timeline?interval=month&size=200").getList("items.count", Long.class)
                .stream().mapToLong(Long::longValue).sum();
        assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(((Number) bar.get("height")).doubleValue())
                .as("height of the bar of %s", bar).isGreaterThan(1));
        assertThat(charted).isEqualTo(bucketed);

        Map<String, Object> tallest = bars.stream()
                .max((a, b) -> Long.compare(((Number) a.get("count")).longValue(), ((Number) b.get("count")).longValue()))
                .orElseThrow();
        WebElement canvas = chromium.driver().findElement(By.cssSelector(".timeline canvas"));
        int x = (int) Math.round(((Number) tallest.get("x")).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int y = (int) Math.round(((Number) tallest.get("middle")).doubleValue() - canvas.getRect().getHeight() / 2.0);
        changeView(() -> new Actions(chromium.driver()).moveToElement(canvas, x, y).click().perform());

        String root = (String) tallest.get("root");
        String month = ((String) tallest.get("period")).substring(0, 7);
        assertThat(chromium.driver().getCurrentUrl()).contains("root=" + root).contains("from=" + month)
                .contains("to=" + month);
        assertThat(rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getDomAttribute("data-root")).isEqualTo(root));
        // The bar counts the events that start in the month; the filter also finds events dated by year only.
        assertThat(shownTotal()).isGreaterThanOrEqualTo(((Number) tallest.get("count")).intValue());
        chromium.screenshot("events-of-a-bar");
    }

    @Test
    @Order(3)
    void anArticleShowsItsHighlightedEntitiesAttributedQuotesAndEvents() {
        chromium.open(page("#/events?actor=Vladimir%20Safronkov"));
        WebElement link = rows().get(0).findElement(By.cssSelector("a.headline"));
        assertThat(link.getText()).isEqualTo(UN_ARTICLE);
        changeView(link::click);

        assertThat(text(".article .headline")).isEqualTo(UN_ARTICLE);
        assertThat(text(".dateline")).contains("UN, 2017-06-03").contains("/TASS/");
        assertThat(texts(".article-text a.entity.kind-person")).contains("Vladimir Safronkov", "Liu Jieyi");
        assertThat(texts(".article-text a.entity.kind-country")).contains("North Korea", "Russia", "China");
        assertThat(texts(".article-text a.entity.kind-organization")).contains("UN Security Council");
        assertThat(texts(".article-text a.entity.kind-location")).contains("Korean Peninsula");
        assertThat(speakerOf("It is important to keep searching for a political solution")).isEqualTo("Vladimir Safronkov");
        assertThat(speakerOf("efforts to maintain peace and stability")).isEqualTo("Liu Jieyi");

        String id = chromium.driver().getCurrentUrl().replaceAll(".*#/articles/", "");
        JsonPath article = api("/api/articles/" + id);
        assertThat(shownArticleText()).as("the text, marked but not changed").isEqualTo(article.getString("text"));
        List<String> sentences = article.getList("events.sentence", String.class);
        assertThat(sentences).isNotEmpty();
        assertThat(texts(".article-events blockquote.sentence")).containsExactlyElementsOf(sentences);
        chromium.screenshot("article");
    }

    @Test
    @Order(4)
    void anActorShowsItsEventsOverTimeWhomItActsOnWhoActsOnItAndItsQuotes() {
        String northKorea = api("/api/actors?q=North Korea&kind=COUNTRY").getString("items[0].id");
        JsonPath counterparts = api("/api/actors/" + northKorea + "/counterparts?size=15");
        chromium.open(page("#/actors/" + northKorea));

        assertThat(text(".actor-head h1")).startsWith("North Korea");
        assertThat(bars()).isNotEmpty();
        assertThat(texts("[aria-label='Acts on'] li")).isNotEmpty()
                .satisfiesExactly(startingWith(counterparts.getList("actsOn.items.name", String.class)));
        assertThat(texts("[aria-label='Acted on by'] li")).isNotEmpty()
                .satisfiesExactly(startingWith(counterparts.getList("actedOnBy.items.name", String.class)));
        assertThat(rows()).hasSize(Math.min(20, api("/api/actors/" + northKorea).getInt("events.total")));
        chromium.screenshot("actor");

        String zakharova = api("/api/actors?q=Zakharova").getString("items[0].id");
        chromium.open(page("#/actors/" + zakharova));
        List<String> quotes = api("/api/actors/" + zakharova).getList("quotes.items.text", String.class);
        assertThat(quotes).isNotEmpty();
        assertThat(texts(".quotes blockquote")).containsExactlyElementsOf(
                quotes.stream().map(quote -> "“" + quote + "”").toList());
    }

    @Test
    @Order(5)
    void liveModeShowsTheEventsOfANewlyUploadedArticle() throws IOException {
        chromium.open(page("#/live"));
        chromium.await(ExpectedConditions.textToBe(By.cssSelector(".status"), "connected"));

        Uploads uploads = new Uploads(running);
        String id = uploads.text(Files.readString(RunningPipeline.repository().resolve("eval/articles/reuters-sudan-truce.txt")),
                "Reuters");
        uploads.awaitQueryable(List.of(id));
        int events = api("/api/articles/" + id).getList("events").size();

        assertThat(events).isPositive();
        chromium.await(driver -> liveRowsOf(SUDAN_ARTICLE).size() == events);
        assertThat(text(".view-live p")).contains(events + " events since this page opened");
        chromium.screenshot("live");
    }

    @Test
    @Order(6)
    void theUploadPanelSendsFilesWithTheKeyAndShowsWhenEachArticleIsQueryable() {
        Path articles = RunningPipeline.repository().resolve("eval/articles");
        List<Path> files = List.of(articles.resolve("afp-paris-pension-protest.txt"),
                articles.resolve("xinhua-china-brazil-trade.txt"));
        chromium.open(page("#/upload"));

        WebElement form = chromium.driver().findElement(By.cssSelector("form.upload"));
        form.findElement(By.name("apiKey")).sendKeys("not-the-key");
        form.findElement(By.name("files")).sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
        form.findElement(By.cssSelector("button")).click();
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-outcome .error"), "401"));

        form.findElement(By.name("apiKey")).clear();
        form.findElement(By.name("apiKey")).sendKeys(RunningPipeline.API_KEY);
        form.findElement(By.cssSelector("button")).click();
        chromium.await(driver -> texts(".upload-outcome td.queryable").size() == files.size()
                && texts(".upload-outcome td.queryable").stream().allMatch(cell -> cell.startsWith("queryable after")));

        assertThat(text(".upload-outcome p")).startsWith("202: 2 articles accepted");
        assertThat(chromium.driver().findElement(By.cssSelector("progress")).getDomProperty("value")).isEqualTo("1");
        assertThat(chromium.script("return sessionStorage.getItem('newsflow.apiKey')")).isEqualTo(RunningPipeline.API_KEY);
        assertThat(chromium.script("return localStorage.length")).isEqualTo(0L);
        for (String id : texts(".upload-outcome a.article-id")) {
            given().baseUri(running.queryUrl()).get("/api/articles/{id}", id).then().statusCode(200);
        }
        chromium.screenshot("upload");
    }

    @Test
    @Order(7)
    void markupInAnArticleIsShownAsTextAndNeverRuns() {
        String headline = "Ministers meet <script>window.__xss = 'headline'</script> in Geneva";
        String image = "<img src=x onerror=\"window.__xss = 'img'\">";
        String quote = "We agreed to keep talking <script>window.__xss = 'quote'</script>";
        String story = headline + "\nGENEVA, March 4 (Example News) - Russian Foreign Minister Sergei Lavrov met " + image
                + " French Foreign Minister Jean-Noel Barrot in Geneva on Monday to discuss the ceasefire.\n\"" + quote
                + ",\" Lavrov said after the meeting.";
        chromium.open(page("#/live"));
        chromium.await(ExpectedConditions.textToBe(By.cssSelector(".status"), "connected"));

        String id = new Uploads(running).text(story, "Example News");
        List<WebElement> live = chromium.await(driver -> liveRowsOf(headline).isEmpty() ? null : liveRowsOf(headline));
        assertNothingRan();
        changeView(live.get(0).findElement(By.cssSelector("a.headline"))::click);

        assertThat(text(".article .headline")).isEqualTo(headline);
        assertThat(shownArticleText()).isEqualTo(api("/api/articles/" + id).getString("text")).contains(image, quote);
        assertThat(texts(".article-events blockquote.sentence")).anySatisfy(sentence -> assertThat(sentence).contains(image));
        assertNothingRan();

        chromium.open(page("#/events?actor=Sergei%20Lavrov"));
        assertThat(texts("table.events a.headline")).contains(headline);
        assertNothingRan();
    }

    /** No script of the article ran, no element of it was made: only the page's own two scripts exist. */
    private void assertNothingRan() {
        assertThat(chromium.script("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(chromium.script("return document.scripts.length")).isEqualTo(2L);
        assertThat(chromium.script("return document.images.length")).isEqualTo(0L);
    }

    /** One requirement per name: the item starts with it (then its country code and event count follow). */
    @SuppressWarnings("unchecked")
    private static ThrowingConsumer<String>[] startingWith(List<String> names) {
        return names.stream().map(name -> (ThrowingConsumer<String>) item -> assertThat(item).startsWith(name))
                .toArray(ThrowingConsumer[]::new);
    }

    /** The text of the article as shown, without the speaker labels the page adds to quotes. */
    private String shownArticleText() {
        return (String) chromium.script("""
                const text = document.querySelector('.article-text').cloneNode(true);
                text.querySelectorAll('.speaker').forEach((label) => label.remove());
                return text.textContent;
                """);
    }

    private String page(String hash) {
        return running.queryUrl() + "/" + hash;
    }

    private void submit(WebElement form) {
        changeView(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
    }

    /** Does what moves the page to another view, and waits until that view has drawn itself. */
    private void changeView(Runnable action) {
        WebElement before = chromium.awaitView();
        action.run();
        chromium.await(ExpectedConditions.stalenessOf(before));
        chromium.awaitView();
    }

    private List<WebElement> rows() {
        return chromium.driver().findElements(By.cssSelector("table.events tbody tr"));
    }

    private List<WebElement> liveRowsOf(String headline) {
        return rows().stream().filter(row -> row.findElement(By.cssSelector("a.headline")).getText().equals(headline))
                .toList();
    }

    /** The number of matches the pager states ("93 events · page 1 of 5"). */
    private int shownTotal() {
        String position = text(".pager .position");
        return Integer.parseInt(position.substring(0, position.indexOf(' ')).replace(",", ""));
    }

    private String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    private List<String> texts(String css) {
        return chromium.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The speaker label of the marked quote that contains {@code words}. */
    private String speakerOf(String words) {
        return chromium.driver().findElements(By.cssSelector(".article-text .quote")).stream()
                .filter(quote -> quote.getText().contains(words)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".speaker")).getText();
    }

    /** The bars Chart.js drew on the timeline's canvas: period, root, count, and where they are (CSS pixels). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> bars() {
        return (List<Map<String, Object>>) chromium.script("""
                const chart = Chart.getChart(document.querySelector('.timeline canvas'));
                return chart.data.datasets.flatMap((dataset, d) => chart.getDatasetMeta(d).data.map((bar, i) => ({
                  period: chart.data.labels[i], root: dataset.root, count: dataset.data[i],
                  x: bar.x, middle: (bar.y + bar.base) / 2, height: bar.base - bar.y })))
                  .filter((bar) => bar.count > 0);
                """);
    }

    private JsonPath api(String pathAndQuery) {
        return given().baseUri(running.queryUrl()).urlEncodingEnabled(true).get(pathAndQuery)
                .then().statusCode(200).extract().jsonPath();
    }
}
