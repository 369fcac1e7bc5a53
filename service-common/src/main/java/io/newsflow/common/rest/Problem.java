package io.newsflow.common.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code errors} lists the individual faults of a request that has
 * several (a batch with bad records), each with where it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Error> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_OBJECT = MediaType.valueOf(MEDIA_TYPE);

    /** One fault: {@code pointer} says where (a JSON pointer, a line, a file name). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String pointer, String detail) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE_OBJECT).entity(this).build();
    }
}
