package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupRequiresDatabaseTests {

    @Test
    void anInstanceWithoutItsDatabaseDoesNotStart() {
        assertThatThrownBy(() -> Instances.start(Map.of(
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/handbook",
                "server.port", "0",
                "spring.main.banner-mode", "off")).close())
                .hasRootCauseInstanceOf(ConnectException.class);
    }
}
