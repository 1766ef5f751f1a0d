package org.handbook.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages and API answers are cached, by browsers and CDNs and in the application's memory.
 *
 * @param maxAge how long a browser or CDN may use a page without asking again; it bounds how long
 *               visitors see the old data after an upgrade
 * @param staleWhileRevalidate how long after that a cache may still serve the page while it
 *                             fetches a fresh one in the background
 * @param staleIfError how long a cache may serve an old page while the site answers with errors
 * @param renderCache whether rendered pages are kept in memory and served from there
 * @param renderCacheSize the most memory the kept pages may take (bodies gzipped when worth it);
 *                        24 MB holds about 5,000 profile tabs
 */
@ConfigurationProperties("handbook.http-cache")
public record HttpCacheProperties(
        @DefaultValue("5m") Duration maxAge,
        @DefaultValue("1d") Duration staleWhileRevalidate,
        @DefaultValue("1d") Duration staleIfError,
        @DefaultValue("true") boolean renderCache,
        @DefaultValue("24MB") DataSize renderCacheSize) {

    /** The Cache-Control value of pages and API answers. */
    public String cacheControl() {
        return "public, max-age=" + maxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds()
                + ", stale-if-error=" + staleIfError.toSeconds();
    }
}
