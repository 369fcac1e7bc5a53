package io.newsflow.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.newsflow.query.config.WebConfig;

/** Configuration for the web page, which is static files and so cannot be configured otherwise. */
@Path("/api/web/settings")
@Produces(MediaType.APPLICATION_JSON)
public class WebSettingsResource {
    private final WebSettings settings;

    WebSettingsResource(WebConfig config) {
        this.settings = new WebSettings(config.ingestUrl());
    }

    @GET
    @Operation(summary = "Settings of the web page", description = "Where the upload panel sends files (ingest-service"
            + " as the browser reaches it).")
    public WebSettings settings() {
        return settings;
    }
}
