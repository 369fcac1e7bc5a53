package io.newsflow.extract.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.asyncapi.AsyncApiDocument;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractDocumentResourceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/asyncapi.yaml", "/asyncapi"})
    void servesTheContractsAsyncApiDocumentAsYaml(String path) {
        String body = given().get(path).then().statusCode(200).contentType(ContractDocumentResource.YAML)
                .extract().asString();

        assertThat(body).isEqualTo(AsyncApiDocument.text());
        assertThat(AsyncApiDocument.parse(body).path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    /** A consumer that fetched the document follows its payload references to the served schemas. */
    @Test
    void everyPayloadReferenceResolvesAgainstTheServedDocument() {
        JsonNode messages = AsyncApiDocument.tree().path("components").path("messages");
        URI served = URI.create("/asyncapi.yaml");

        messages.forEach(message -> {
            String ref = message.path("payload").path("schema").path("$ref").asText();
            if (!ref.isEmpty()) {
                // RFC 3986 drops a ".." above the root, as clients do; java.net.URI (RFC 2396) keeps it.
                String schemaPath = served.resolve(ref).getPath().replaceFirst("^(/\\.\\.)+/", "/");
                given().get(schemaPath).then().statusCode(200).contentType(ContractDocumentResource.JSON_SCHEMA)
                        .body("$id", equalTo("https://newsflow.io" + schemaPath));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/schemas/nothing.schema.json", "/schemas/application.properties",
            "/schemas/..%2Fasyncapi%2Fnewsflow.asyncapi.yaml"})
    void anythingButASchemaOfTheContractIsA404Problem(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType("application/problem+json");
    }
}
