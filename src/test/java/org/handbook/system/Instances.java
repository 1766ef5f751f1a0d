package org.handbook.system;

import java.util.Map;
import org.handbook.HandbookApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the whole application as {@code java -jar} would, with settings that win over every
 * other source, the test database's included: for tests of start-up itself.
 */
final class Instances {

    private Instances() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> settings) {
        SpringApplication application = new SpringApplication(HandbookApplication.class);
        application.addListeners(new Overrides(settings));
        return application.run();
    }

    private record Overrides(Map<String, Object> settings)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("instanceSettings", settings));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
