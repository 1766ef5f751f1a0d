package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

    @Test
    void oneSettingTurnsTheConsoleLogIntoJson(CapturedOutput output) {
        SpringApplication application = new SpringApplication(NothingElse.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--logging.structured.format.console=ecs", "--spring.main.banner-mode=off")) {
            LoggerFactory.getLogger("org.handbook.access").info("GET /healthcare/ 200 3ms");
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /healthcare/ 200 3ms")))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("{").endsWith("}")
                        .contains("\"message\":\"GET /healthcare/ 200 3ms\"", "\"log\":{\"level\":\"INFO\""));
    }

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }
}
