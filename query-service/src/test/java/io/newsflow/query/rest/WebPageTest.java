package io.newsflow.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The page's files as the service serves them. What the page does in a browser is tested in
 * system-tests (WebPageIT), against the whole pipeline.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class WebPageTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '(\\./|\\.\\./)([^']+)'");
    /** The ways to turn a string into markup; the page builds DOM from text nodes only. */
    private static final Pattern PARSES_HTML = Pattern.compile(
            "\\.(innerHTML|outerHTML)\\s*[+]?=|insertAdjacentHTML\\s*\\(|document\\.write|createContextualFragment|DOMParser");

    @Test
    void theRootServesThePageWithAContentSecurityPolicy() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/js/main.js\"></script>"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8081"));
    }

    @Test
    void everyScriptStylesheetAndModuleOfThePageIsServed() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Matcher assets = ASSET.matcher(page);
        Deque<String> modules = new ArrayDeque<>();
        Set<String> checked = new HashSet<>();
        while (assets.find()) {
            String path = assets.group(1);
            if (path.startsWith("/q/")) {
                continue;
            }
            String body = given().get(path).then().statusCode(200).extract().asString();
            checked.add(path);
            if (path.startsWith("/js/")) {
                modules.add(path);
            }
            assertThat(body).as(path).isNotBlank();
        }
        assertThat(checked).as("the chart library from its webjar").anyMatch(path -> path.startsWith("/webjars/chart.js/"));
        while (!modules.isEmpty()) {
            String module = modules.pop();
            String source = given().get(module).then().statusCode(200)
                    .contentType(containsString("javascript")).extract().asString();
            assertThat(PARSES_HTML.matcher(source).find()).as("%s parses a string as HTML", module).isFalse();
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String imported = resolve(module, imports.group(1), imports.group(2));
                if (checked.add(imported)) {
                    modules.add(imported);
                }
            }
        }
        assertThat(checked).contains("/js/dom.js", "/js/views/events.js", "/js/views/upload.js", "/js/parts/annotatedText.js");
    }

    @Test
    void thePageLearnsWhereIngestIs() {
        given().get("/api/web/settings").then().statusCode(200)
                .body("ingestUrl", equalTo("http://localhost:8081"));
    }

    private static String resolve(String module, String relative, String path) {
        String directory = module.substring(0, module.lastIndexOf('/'));
        if (relative.equals("../")) {
            directory = directory.substring(0, directory.lastIndexOf('/'));
        }
        return directory + "/" + path;
    }
}
