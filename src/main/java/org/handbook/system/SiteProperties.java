package org.handbook.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site.
 *
 * @param baseUrl the absolute URL the site is reached at (e.g. {@code https://handbook.example.org}),
 *                trailing slash optional; when unset, {@link SiteAddress} uses http://localhost and
 *                the port the server listens on. Set it wherever visitors reach the site by another
 *                name, behind a proxy or over TLS
 * @param timeZone the zone whose calendar gives the visit date in citations
 */
@ConfigurationProperties("handbook.site")
public record SiteProperties(
        String baseUrl,
        @DefaultValue("America/New_York") ZoneId timeZone) {

    public SiteProperties {
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }
}
