package io.newsflow.common.rest;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No query parameter or path segment carries a control character in any meaningful request, and
 * PostgreSQL refuses NUL outright: such a request is a 400 before it reaches a resource.
 */
public class ControlCharacterFilter {
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\p{Cc}");

    @ServerRequestFilter(preMatching = true)
    public Response rejectControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (CONTROL_CHARACTER.matcher(value).find() || CONTROL_CHARACTER.matcher(parameter.getKey()).find()) {
                    return Problem.of(Response.Status.BAD_REQUEST, "Query parameter '"
                            + CONTROL_CHARACTER.matcher(parameter.getKey()).replaceAll("?")
                            + "' contains a control character.").withInstance(request.getUriInfo().getPath())
                            .toResponse();
                }
            }
        }
        if (CONTROL_CHARACTER.matcher(request.getUriInfo().getPath()).find()) {
            return Problem.of(Response.Status.BAD_REQUEST, "The path contains a control character.").toResponse();
        }
        return null;
    }
}
