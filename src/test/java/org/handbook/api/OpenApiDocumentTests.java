package org.handbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the API's OpenAPI document: springdoc (a test dependency) reads the controllers'
 * annotations here, and the site serves the result as the file {@value ApiDocsController#DOCUMENT}.
 * The build fails while the file differs from what the controllers say; after changing the API,
 * write it again with {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dhandbook.openapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "springdoc.api-docs.enabled=true",
        "springdoc.api-docs.path=" + OpenApiDocumentTests.GENERATED,
        "springdoc.paths-to-match=/api/v1/**"})
class OpenApiDocumentTests {

    static final String GENERATED = "/test/generated-api-docs";
    private static final Path SOURCE = Path.of("src/main/resources", ApiDocsController.DOCUMENT);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheOneTheControllersDescribe() throws IOException {
        Response generated = new SiteClient(port).get(GENERATED);
        assertThat(generated.statusCode()).isEqualTo(200);
        ObjectNode document = (ObjectNode) JSON.readTree(generated.body());
        // springdoc names the server it was asked through; without servers a client uses the document's own
        document.remove("servers");
        String expected = JSON.writeValueAsString(document) + "\n";

        String committed;
        try (InputStream in = new ClassPathResource(ApiDocsController.DOCUMENT).getInputStream()) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("handbook.openapi.write")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        } else {
            assertThat(committed).as("%s is out of date: run ./mvnw test -Dtest=OpenApiDocumentTests "
                    + "-Dhandbook.openapi.write=true", SOURCE).isEqualTo(expected);
        }

        Response served = new SiteClient(port).get("/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(served.body())).isEqualTo(JSON.readTree(committed));
    }
}
