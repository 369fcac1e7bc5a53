package io.newsflow.ingest.service;

import java.nio.charset.Charset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.newsflow.contract.PublishedDates;
import io.newsflow.ingest.html.MainText;

/**
 * {@code text/html}: a news page. The headline, date, source, url and language come from the page's
 * metadata ({@link HtmlMetadata}), the text from its main content ({@link MainText}). A date the
 * page gives in a form no parser knows is dropped rather than failing the page: it is the page's
 * metadata, not the uploader's claim.
 */
public final class HtmlArticles {
    public static final String CONTENT_TYPE = "text/html";

    private HtmlArticles() {
    }

    public static UploadItem read(byte[] bytes, Charset declared, Position position, UploadMetadata metadata) {
        Document page = Jsoup.parse(CharsetDecoding.decode(bytes, declared, true));
        HtmlMetadata about = HtmlMetadata.of(page);
        String text = MainText.extract(page, about.headline(), about.articleBody());
        if (about.headline() == null) {
            return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("missing-headline",
                    "The page has no headline: no JSON-LD headline, og:title, h1 or title."));
        }
        if (text.isEmpty()) {
            return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("empty-after-extraction",
                    "The page has no main text: no paragraph outside scripts, navigation and link lists."));
        }
        String subtitle = about.description() != null && !startsAlike(text, about.description())
                ? about.description() : null;
        String publishedAt = about.publishedAt() != null && PublishedDates.parseOrNull(about.publishedAt()) != null
                ? about.publishedAt() : null;
        String language = about.language() == null ? null : about.language().split("[-_]")[0];
        ArticleFields fromPage = new ArticleFields(about.headline(), subtitle, text, about.source(), about.url(),
                publishedAt, language != null && language.matches("[A-Za-z]{2,3}") ? language : null);
        return UploadItem.parsed(position, CONTENT_TYPE, fromPage.orElse(metadata));
    }

    /** A description that merely repeats the first paragraph is not a subtitle. */
    private static boolean startsAlike(String text, String description) {
        String start = description.length() > 60 ? description.substring(0, 60) : description;
        return text.contains(start);
    }
}
