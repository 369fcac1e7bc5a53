package io.newsflow.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article as a client uploads it in JSON. Only headline and text are required. */
@Schema(name = "ArticleUpload", description = "An article to analyse")
public record ArticleUpload(
        @Schema(required = true, example = "UN Security Council expands sanctions on North Korea") String headline,
        @Schema(example = "Although Russia supported the resolution, Moscow still believes...") String subtitle,
        @Schema(required = true, example = "UN, June 3. /TASS/. The UN Security Council has unanimously passed...")
        String text,
        @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/world/949500") String url,
        @Schema(description = "ISO-8601 date-time or date", example = "2017-06-03T10:15:00Z") String publishedAt,
        @Schema(description = "ISO 639-1 code", example = "en") String language) {
}
