package io.newsflow.ingest.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsflow.common.rest.Problem;

/**
 * Checks the API key before anything of the body is read. Only the REST API passes through here:
 * health, metrics and OpenAPI under /q/ are Vert.x routes and stay open. The key is never logged.
 */
public class ApiKeyFilter {
    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        if (!keys.required() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String presented = presentedKey(request);
        if (keys.matches(presented)) {
            return null;
        }
        String detail = presented == null
                ? "An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."
                : "The API key is not valid.";
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail)
                .withInstance(request.getUriInfo().getPath()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-ingest\"").build();
    }

    private static String presentedKey(ContainerRequestContext request) {
        String apiKey = request.getHeaderString(HEADER);
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length());
        }
        return null;
    }
}
