package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorExposureTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataVersion dataVersion;

    SiteClient http;

    @BeforeEach
    void client() {
        http = new SiteClient(port);
    }

    @Test
    void healthAndItsProbesAnswerUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Response health = http.get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(health.header("Cache-Control")).as(path).isEmpty();
        }
    }

    @Test
    void readinessChecksTheDatabaseAndLivenessDoesNot() {
        HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void infoNamesTheVersionTheCommitAndTheDataEdition() {
        String info = http.get("/actuator/info").body();
        assertThat(info).contains("\"version\":\"0.1.0-SNAPSHOT\"");
        assertThat(info).contains("\"edition\":\"2022-32\"");
        assertThat(info).contains("\"version\":\"" + dataVersion.current().token() + "\"");
        if (new ClassPathResource("git.properties").exists()) {
            assertThat(info).containsPattern("\"commit\":\\{\"id\":\"[0-9a-f]{7,}\"");
        }
    }

    @Test
    void nothingElseOfTheActuatorAnswers() {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/shutdown", "/actuator/flyway", "/h2-console", "/h2-console/"}) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void dataVersionIsStableUntilTheDataChanges() {
        DataVersion.Snapshot before = dataVersion.current();
        assertThat(dataVersion.refresh()).isEqualTo(before);
        assertThat(before.token()).matches("[0-9a-f]{16}");
    }

    @Test
    void accessLogIsOffByDefault() {
        assertThat(context.containsBean("accessLogFilter")).isFalse();
    }
}
