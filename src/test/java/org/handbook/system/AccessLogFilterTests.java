package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

@ExtendWith(OutputCaptureExtension.class)
class AccessLogFilterTests {

    @Test
    void logsMethodPathStatusAndDurationButNoQueryNorAddress(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString("q=jane.doe@example.org");
        request.setRemoteAddr("203.0.113.7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(200);

        new AccessLogFilter().doFilter(request, response, new MockFilterChain());

        assertThat(output).containsPattern("GET /search 200 \\d+ms");
        assertThat(output).doesNotContain("jane.doe").doesNotContain("203.0.113.7");
    }

    @Test
    void oneSettingSwitchesItOn() {
        ApplicationContextRunner web = new ApplicationContextRunner()
                .withUserConfiguration(WebResponseConfiguration.class)
                .withBean(DataVersion.class, () -> mock(DataVersion.class))
                .withBean(SiteProperties.class, () -> new SiteProperties(null, ZoneId.of("UTC")))
                .withBean(HttpCacheProperties.class, () -> new HttpCacheProperties(Duration.ofMinutes(5),
                        Duration.ofDays(1), Duration.ofDays(1), true, DataSize.ofMegabytes(1)))
                .withBean(EmbedFramingProperties.class, () -> new EmbedFramingProperties(List.of()));
        web.run(context -> assertThat(context).doesNotHaveBean("accessLogFilter"));
        web.withPropertyValues("handbook.access-log.enabled=true")
                .run(context -> assertThat(context).hasBean("accessLogFilter"));
    }
}
