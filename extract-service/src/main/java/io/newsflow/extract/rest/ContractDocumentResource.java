package io.newsflow.extract.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.newsflow.common.rest.ProblemException;

/**
 * The contract of the topics extract-service writes, served to the systems that consume them: the AsyncAPI
 * document, and beside it the JSON Schemas it refers to, so that its relative {@code ../schemas/...}
 * references resolve against the served URL as they do in the contract's sources.
 */
@Path("/")
public class ContractDocumentResource {
    static final String YAML = "application/yaml";
    static final String JSON_SCHEMA = "application/schema+json";
    /** A schema file's name: no path separators, so nothing outside the contract's schemas is reachable. */
    private static final Pattern SCHEMA_FILE = Pattern.compile("[a-z][a-z.]*\\.schema\\.json");

    private final byte[] asyncApi = resource("asyncapi/newsflow.asyncapi.yaml");

    /** At {@code /asyncapi.yaml}, and at {@code /asyncapi} for those who guess the name without the extension. */
    @GET
    @Path("{name: asyncapi(\\.yaml)?}")
    @Produces(YAML)
    @Operation(summary = "The AsyncAPI 3.0 document of every Newsflow topic")
    public byte[] asyncApi() {
        return asyncApi;
    }

    @GET
    @Path("schemas/{file}")
    @Produces(JSON_SCHEMA)
    @Operation(summary = "A JSON Schema the AsyncAPI document refers to, e.g. news.events.schema.json")
    public byte[] schema(@PathParam("file") String file) {
        byte[] schema = SCHEMA_FILE.matcher(file).matches() ? resourceOrNull("schemas/" + file) : null;
        if (schema == null) {
            throw ProblemException.notFound("No schema " + file + " in the contract");
        }
        return schema;
    }

    private static byte[] resource(String name) {
        byte[] bytes = resourceOrNull(name);
        if (bytes == null) {
            throw new IllegalStateException(name + " is missing from the contract jar");
        }
        return bytes;
    }

    private static byte[] resourceOrNull(String name) {
        try (InputStream in = ContractDocumentResource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
