package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlArticlesTest {

    private static UploadItem read(String html) {
        return HtmlArticles.read(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null,
                UploadMetadata.NONE);
    }

    @Test
    void pageWithoutArticleMarkupFindsTheDenseTextBlockAmongLinkLists() {
        UploadItem item = read("""
                <html><head><title>Quake hits coast - Daily Example</title>
                <meta name="pubdate" content="2023-02-06"></head><body>
                <div id="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
                <div class="col">
                  <h1>Quake hits coast</h1>
                  <div>
                    <p>ANKARA, Feb 6 (Test) - A strong earthquake struck the coast early on Monday, officials said.</p>
                    <p>Rescue teams from three provinces, the army and volunteers were sent to the area, they added.</p>
                    <p>Read more: <a href="/1">Earlier quakes in the region and what we know about them</a></p>
                  </div>
                </div>
                <div class="links"><a href="/a">Most read story one</a> <a href="/b">Most read story two</a></div>
                </body></html>""");

        assertThat(item.problem()).isNull();
        assertThat(item.fields().headline()).isEqualTo("Quake hits coast");
        assertThat(item.fields().publishedAt()).isEqualTo("2023-02-06");
        assertThat(item.fields().text()).isEqualTo("""
                ANKARA, Feb 6 (Test) - A strong earthquake struck the coast early on Monday, officials said.
                Rescue teams from three provinces, the army and volunteers were sent to the area, they added.""");
    }

    @Test
    void jsonLdInAGraphGivesHeadlineAndDateAndAnUnparseableMetaDateIsDropped() {
        UploadItem item = read("""
                <html lang="de-DE"><head>
                <script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
                  {"@type": ["NewsArticle"], "headline": "Bahnstreik beendet", "datePublished": "gestern"}]}</script>
                </head><body><article><p>BERLIN (Test) - Der Streik bei der Bahn ist nach drei Tagen beendet.</p>
                </article></body></html>""");

        assertThat(item.fields().headline()).isEqualTo("Bahnstreik beendet");
        assertThat(item.fields().publishedAt()).isNull();
        assertThat(item.fields().language()).isEqualTo("de");
    }

    @Test
    void pageWithOnlyBoilerplateIsRejectedAsEmptyAfterExtraction() {
        UploadItem item = read("<html><head><title>Home</title></head><body><header>Logo</header>"
                + "<nav><a href=/>Home</a></nav><footer>Contact</footer></body></html>");

        assertThat(item.problem().reason()).isEqualTo("empty-after-extraction");
    }
}
