package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.handbook.system.SiteAddress;
import org.handbook.system.SiteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final StructuredData structuredData = new StructuredData(json,
            new SiteAddress(new SiteProperties("https://handbook.example/", ZoneId.of("UTC")), new MockEnvironment()));

    @Test
    void breadcrumbsAreAbsoluteAndTheCurrentPageIsLast() {
        String ld = structuredData.breadcrumbs(new PageMeta("Pay", "d", "/healthcare/x/pay",
                List.of(Crumb.HOME, new Crumb("Healthcare", "/healthcare/"), new Crumb("Pay", null))));

        JsonNode list = json.readTree(ld);
        assertThat(list.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(list.get("itemListElement")).hasSize(3);
        assertThat(list.get("itemListElement").get(0).get("item").asString()).isEqualTo("https://handbook.example/");
        assertThat(list.get("itemListElement").get(2).get("item").asString())
                .isEqualTo("https://handbook.example/healthcare/x/pay");
        assertThat(list.get("itemListElement").get(2).get("position").asInt()).isEqualTo(3);
    }

    @Test
    void textThatCouldCloseTheScriptElementIsEscaped() {
        String hostile = "</script><script>alert(1)</script><!--";
        String ld = structuredData.breadcrumbs(new PageMeta("t", "d", "/", List.of(new Crumb(hostile, null))));

        assertThat(ld).doesNotContain("</").doesNotContain("<!--").contains("<\\/script>");
        assertThat(json.readTree(ld).get("itemListElement").get(0).get("name").asString()).isEqualTo(hostile);
    }
}
