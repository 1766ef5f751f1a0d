package org.handbook.system;

import java.util.Map;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate's dialect named from the database URL for the two databases the site runs on, so that
 * Hibernate boots without a connection while Flyway migrates on another thread
 * ({@link BackgroundMigration}); for any other database Hibernate asks the database, as by default.
 */
@Configuration(proxyBeanMethods = false)
class HibernateBootConfiguration {

    private static final Map<String, String> DIALECTS = Map.of(
            "jdbc:h2:", H2Dialect.class.getName(),
            "jdbc:postgresql:", PostgreSQLDialect.class.getName());

    @Bean
    HibernatePropertiesCustomizer dialectFromDatabaseUrl(DataSourceProperties dataSource) {
        String url = dataSource.determineUrl();
        return properties -> DIALECTS.forEach((prefix, dialect) -> {
            if (url != null && url.startsWith(prefix)) {
                properties.put(AvailableSettings.DIALECT, dialect);
                properties.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
            }
        });
    }

    /** For the class transformer Hibernate registers at boot; {@link NoBytecodeProvider} says why. */
    @Bean
    HibernatePropertiesCustomizer noBytecodeProviderForEnhancement() {
        return properties -> properties.put(AvailableSettings.BYTECODE_PROVIDER_INSTANCE, new BytecodeProviderImpl());
    }
}
