package org.handbook.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site.
 *
 * @param baseUrl the absolute URL the site is reached at, without a trailing slash; canonical
 *                links, citations and embed codes are built from it, never from the request's
 *                Host header, so a forged header cannot change them
 * @param timeZone the zone whose calendar gives the visit date in citations
 */
@ConfigurationProperties("handbook.site")
public record SiteProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("America/New_York") ZoneId timeZone) {

    public SiteProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute URL of a path of this site ("/pay" becomes "https://example.org/pay"). */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
