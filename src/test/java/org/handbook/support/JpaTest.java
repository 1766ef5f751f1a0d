package org.handbook.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of the JPA reads against the schema Flyway makes, without the web layer: the test
 * database, Flyway, Hibernate, and a transaction rolled back after each test. It is what Spring
 * Data's {@code @DataJpaTest} would be, for a site that uses JPA without Spring Data; the test
 * imports the repositories and services it reads through.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JdbcTest
@ImportAutoConfiguration(HibernateJpaAutoConfiguration.class)
public @interface JpaTest {

    /** Properties of the test's context, as {@code key=value}. */
    @AliasFor(annotation = JdbcTest.class)
    String[] properties() default {};
}
