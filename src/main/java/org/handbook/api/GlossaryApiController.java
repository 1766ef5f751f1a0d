package org.handbook.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.handbook.glossary.GlossaryService;
import org.handbook.system.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Glossary", description = "Definitions of the Handbook's terms and tabs")
class GlossaryApiController {

    private final GlossaryService glossary;
    private final SiteAddress site;

    GlossaryApiController(GlossaryService glossary, SiteAddress site) {
        this.glossary = glossary;
        this.site = site;
    }

    @GetMapping(path = "/api/v1/glossary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the glossary's definitions, in the glossary page's order")
    GlossaryList glossary() {
        return new GlossaryList(glossary.definitions().stream()
                .map(d -> new GlossaryList.Entry(d.slug(), d.kind().toLowerCase(Locale.ROOT), d.term(),
                        d.definition(), site.absolute("/glossary#" + (d.isTab() ? "tab-" : "") + d.slug())))
                .toList(), Source.handbook());
    }
}
