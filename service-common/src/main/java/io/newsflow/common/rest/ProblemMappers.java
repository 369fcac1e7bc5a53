package io.newsflow.common.rest;

import java.io.IOException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every error leaves a service as {@code application/problem+json}: what was wrong and where,
 * never a stack trace. Unexpected failures are logged with their cause and answered with a bare 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Response response = exception.problem().withInstance(uri.getPath()).toResponse();
        if (exception.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        // The JSON body reader wraps parse errors in a plain 400; say what the parser found instead.
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return Problem.of(status, describe(exception, status)).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, jsonDetail(exception)).withInstance(uri.getPath())
                .toResponse();
    }

    /**
     * Reading the request body failed: a malformed multipart body, or an upload cut short. That is
     * the request's fault, not the server's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException exception, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read: " + exception.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        LOG.errorf(exception, "Unexpected failure serving %s", uri.getPath());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to handle this request.")
                .withInstance(uri.getPath()).toResponse();
    }

    private static String describe(WebApplicationException exception, Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 415 -> "This media type is not supported here.";
            default -> exception.getMessage() != null ? exception.getMessage() : status.getReasonPhrase();
        };
    }

    /** Says where in the document the JSON went wrong, without echoing the parser's internals. */
    static String jsonDetail(JsonProcessingException exception) {
        String where = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr();
        if (exception instanceof InvalidFormatException invalid) {
            return "Invalid value '" + invalid.getValue() + "' for " + path(invalid) + where + ".";
        }
        if (exception instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Unexpected JSON for " + path(mismatched) + where + ".";
        }
        return "Malformed JSON" + where + ": " + exception.getOriginalMessage();
    }

    private static String path(MismatchedInputException exception) {
        StringBuilder path = new StringBuilder();
        exception.getPath().forEach(reference -> path.append(reference.getFieldName() != null
                ? "/" + reference.getFieldName()
                : "/" + reference.getIndex()));
        return path.length() == 0 ? "the document" : "'" + path + "'";
    }
}
