package org.handbook.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog pages.
 *
 * @param featured the slug of the profile the home page features; when it names no loaded
 *                 profile, the first loaded profile by title is featured instead
 */
@ConfigurationProperties("handbook.catalog")
public record CatalogProperties(
        @DefaultValue("health-information-technologists-and-medical-registrars") String featured) {
}
