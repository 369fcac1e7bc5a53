package io.newsflow.ingest.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.WireStory;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.service.ArticleFields;
import io.newsflow.ingest.service.UploadService;
import io.smallrye.mutiny.Uni;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private final UploadService uploads;
    private final IngestConfig config;

    ArticleResource(UploadService uploads, IngestConfig config) {
        this.uploads = uploads;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one article as JSON")
    @APIResponse(responseCode = "202", description = "Stored in Kafka; analysis follows")
    @APIResponse(responseCode = "400", description = "Malformed JSON or missing headline/text",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Kafka unreachable; retry after the Retry-After delay",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> uploadJson(ArticleUpload upload) {
        if (upload == null) {
            throw ProblemException.badRequest("The request body is empty; expected one article object.");
        }
        ArticleFields fields = new ArticleFields(upload.headline(), upload.subtitle(), upload.text(), upload.source(),
                upload.url(), upload.publishedAt(), upload.language());
        return uploads.upload(fields, MediaType.APPLICATION_JSON).map(this::accepted);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Upload one wire story as plain text",
            description = "First line headline, optional subtitle line, then the body opening with its dateline.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "wire story",
            value = "UN Security Council expands sanctions on North Korea\n"
                    + "UN, June 3. /TASS/. The UN Security Council has unanimously passed a resolution.")))
    @APIResponse(responseCode = "202", description = "Stored in Kafka; analysis follows")
    @APIResponse(responseCode = "400", description = "Empty text or no body after the headline",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> uploadText(String body, @QueryParam("source") String source, @QueryParam("url") String url,
            @QueryParam("publishedAt") String publishedAt, @QueryParam("language") String language) {
        WireStory story = WireStory.parse(body == null ? "" : body);
        if (story.headline().isEmpty()) {
            throw ProblemException.badRequest("The text is empty; expected a headline line and a body.");
        }
        if (story.body().isEmpty()) {
            throw ProblemException.badRequest("The text has a headline but no body after it.");
        }
        ArticleFields fields = new ArticleFields(story.headline(), story.subtitle(), story.body(), source, url,
                publishedAt, language);
        return uploads.upload(fields, MediaType.TEXT_PLAIN).map(this::accepted);
    }

    private Response accepted(RawArticle article) {
        URI location = URI.create(config.queryBaseUrl() + "/api/articles/" + article.id());
        return Response.accepted(new UploadReceipt(article.id(), "accepted", location.toString()))
                .location(location).build();
    }
}
