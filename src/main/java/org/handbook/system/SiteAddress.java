package org.handbook.system;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The site's own address, from which every absolute URL is built: canonical links, citations, share
 * and embed codes, oEmbed, the API's links, the sitemap. It is {@code handbook.site.base-url} when
 * set, else http://localhost and the port the server listens on (the actual one when
 * {@code server.port=0}). Never the request's Host or X-Forwarded-Host header: a forged header must
 * not change a page, all the less since the render cache serves one page to every visitor.
 */
@Component
public class SiteAddress implements ApplicationListener<WebServerInitializedEvent> {

    /** The namespace of the actuator's own server when it listens on a port of its own. */
    private static final String MANAGEMENT = "management";

    private final boolean configured;
    private volatile String base;

    public SiteAddress(SiteProperties site, Environment environment) {
        this.configured = site.baseUrl() != null;
        int port = environment.getProperty("server.port", Integer.class, 8080);
        // A random port is known only once the server listens; until then there is no address.
        this.base = configured ? site.baseUrl() : port > 0 ? localhost(port) : null;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!configured && !MANAGEMENT.equals(event.getApplicationContext().getServerNamespace())) {
            base = localhost(event.getWebServer().getPort());
        }
    }

    /** The absolute URL of a path of this site ("/pay" becomes "https://example.org/pay"). */
    public String absolute(String path) {
        String known = base;
        if (known == null) {
            throw new IllegalStateException("The site's address is not known before the server listens");
        }
        return known + path;
    }

    private static String localhost(int port) {
        return "http://localhost:" + port;
    }
}
