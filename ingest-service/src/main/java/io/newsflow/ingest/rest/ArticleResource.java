package io.newsflow.ingest.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.newsflow.ingest.service.UploadService;
import io.newsflow.ingest.service.UploadService.UploadedFile;

/**
 * {@code POST /api/articles}: the form of the upload is chosen by its Content-Type. Each method
 * hands the body, as a stream, to {@link UploadService} and the outcome to {@link Receipts}.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Upload articles for analysis")
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
            apiKeyName = "X-API-Key", description = "Required when keys are configured (always in production)"),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "The same key as Authorization: Bearer <key>")})
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "bearer")
@UploadResponses
public class ArticleResource {
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";

    private final UploadService uploads;
    private final Receipts receipts;

    ArticleResource(UploadService uploads, Receipts receipts) {
        this.uploads = uploads;
        this.receipts = receipts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one article, or an array of them, as JSON",
            description = "One object answers 202 with its receipt; an array is a batch (202, 207 or a problem).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {ArticleUpload.class, ArticleUpload[].class}),
            examples = {@ExampleObject(name = "one article", value = OpenApiExamples.JSON_OBJECT),
                @ExampleObject(name = "an array", value = OpenApiExamples.JSON_ARRAY)}))
    public Response uploadJson(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @BeanParam MetadataQuery metadata) {
        return receipts.toResponse(uploads.json(body, contentType, metadata.toMetadata()));
    }

    @POST
    @Consumes({NDJSON, JSONL, "application/json-lines", "application/x-jsonlines"})
    @Operation(summary = "Upload a batch as NDJSON (JSON Lines), one article object per line",
            description = "Read as it streams in; results and errors name the line (from 1).")
    @RequestBody(required = true, content = {
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "two lines", value = OpenApiExamples.NDJSON)),
        @Content(mediaType = JSONL, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "two lines", value = OpenApiExamples.NDJSON))})
    public Response uploadNdjson(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @BeanParam MetadataQuery metadata) {
        return receipts.toResponse(uploads.ndjson(body, contentType, metadata.toMetadata()));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Upload one wire story as plain text",
            description = "First line headline, optional subtitle line, then the body opening with its dateline. "
                    + "The charset is detected when the Content-Type does not declare one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "wire story", value = OpenApiExamples.WIRE_TEXT)))
    public Response uploadText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @BeanParam MetadataQuery metadata) {
        return receipts.toResponse(uploads.text(body, contentType, metadata.toMetadata()));
    }

    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Operation(summary = "Upload one news web page",
            description = "Headline and date from og:*, article:published_time and JSON-LD NewsArticle; "
                    + "the main text without navigation, ads, scripts and captions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "news page", value = OpenApiExamples.HTML)))
    public Response uploadHtml(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @BeanParam MetadataQuery metadata) {
        return receipts.toResponse(uploads.html(body, contentType, metadata.toMetadata()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload files: .txt, .html, .json, .jsonl/.ndjson, and .zip archives of those",
            description = "As a browser form or curl -F file=@story.txt sends them; every part with a file name "
                    + "is read. Results name the file (and the line or index inside it).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = FilesForm.class),
            examples = @ExampleObject(name = "curl", value = "curl -F file=@story.txt -F file=@batch.zip ...")))
    public Response uploadFiles(@RestForm(FileUpload.ALL) List<FileUpload> files,
            @BeanParam MetadataQuery metadata) {
        List<UploadedFile> uploaded = files.stream().filter(file -> file.fileName() != null)
                .map(file -> new UploadedFile(file.fileName(), file.contentType(), file.uploadedFile(), file.size()))
                .toList();
        return receipts.toResponse(uploads.files(uploaded, metadata.toMetadata()));
    }

    /** The multipart form as OpenAPI shows it. */
    @Schema(name = "FilesForm")
    public static class FilesForm {
        @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary",
                description = "One or more files")
        public List<String> file;
    }
}
