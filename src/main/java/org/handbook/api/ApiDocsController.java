package org.handbook.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The API's OpenAPI document and its browsable page. The document is written from the controllers'
 * annotations by springdoc in the build (OpenApiDocumentTests) and served here as a file, so the
 * running site does not load springdoc (docs/api.md).
 */
@Controller
@OpenAPIDefinition(info = @Info(title = "Handbook API", version = "1",
        description = "Occupational profiles of the U.S. Bureau of Labor Statistics' Occupational Outlook Handbook, "
                + "as JSON: every tab's content, the quick facts with their units and reference periods, the "
                + "groups and the glossary. Read-only, open to every origin (CORS); errors are problem+json.",
        license = @License(name = "Public domain (U.S. Government work)")))
class ApiDocsController {

    static final String DOCUMENT = "openapi/handbook-api.json";

    private final Resource document = new ClassPathResource(DOCUMENT);

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Resource document() {
        return document;
    }

    @GetMapping("/api")
    String browsableDocument() {
        return "redirect:/api-docs.html";
    }
}
