package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FramingPolicyTests {

    @Test
    void onlyTheSiteMayFrameItsPages() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter(new EmbedFramingProperties(List.of()));
        for (String path : new String[] {"/", "/healthcare/x/", "/embedded", "/api/v1/occupations", "/css/site.css"}) {
            assertThat(policyOf(filter, path)).as(path).endsWith("; frame-ancestors 'self'");
        }
    }

    @Test
    void anySiteMayFrameAnEmbedWhenNoOriginIsConfigured() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter(new EmbedFramingProperties(List.of()));
        assertThat(policyOf(filter, "/embed/some-occupation")).endsWith("; frame-ancestors *");
        assertThat(policyOf(filter, "/embed/some-occupation/pay")).endsWith("; frame-ancestors *");
    }

    @Test
    void onlyConfiguredOriginsMayFrameAnEmbed() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter(new EmbedFramingProperties(
                List.of("https://portal.example.org", " https://careers.example.com:8443/")));
        assertThat(policyOf(filter, "/embed/some-occupation"))
                .endsWith("; frame-ancestors https://portal.example.org https://careers.example.com:8443");
        assertThat(policyOf(filter, "/healthcare/x/pay")).endsWith("; frame-ancestors 'self'");
    }

    @Test
    void aSettingThatIsNotAnOriginIsRefusedAtStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmbedFramingProperties(List.of("https://a.example; script-src *")))
                .withMessageContaining("handbook.embed.allowed-origins");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmbedFramingProperties(List.of("portal.example.org")));
    }

    private static String policyOf(SecurityHeadersFilter filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getHeader("Content-Security-Policy");
    }
}
