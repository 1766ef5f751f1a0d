package org.handbook.system;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.handbook.HandbookApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the whole application as {@code java -jar} would, with settings that win over every
 * other source, the test database's included: for tests of start-up itself.
 */
final class Instances {

    /*
     * Spring Boot sets up logging for the whole JVM through system properties; two instances
     * doing it at once in one test JVM read each other's half-written values. Only that step
     * is taken in turn: the rest of the start, Flyway included, runs side by side.
     */
    private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

    private Instances() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> settings) {
        SpringApplication application = new SpringApplication(HandbookApplication.class);
        application.addListeners(new LoggingSetupBegins(), new Overrides(settings));
        return application.run();
    }

    private static void loggingSetUp() {
        if (LOGGING_SETUP.isHeldByCurrentThread()) {
            LOGGING_SETUP.unlock();
        }
    }

    /** Runs before Spring Boot's logging listener. */
    private record LoggingSetupBegins() implements ApplicationListener<ApplicationStartingEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationStartingEvent event) {
            LOGGING_SETUP.lock();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Runs after Spring Boot's logging listener has set logging up, or after a failed start. */
    private record Overrides(Map<String, Object> settings)
            implements ApplicationListener<SpringApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                prepared.getEnvironment().getPropertySources().addFirst(new MapPropertySource("instanceSettings", settings));
                loggingSetUp();
            } else if (event instanceof ApplicationFailedEvent) {
                loggingSetUp();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
