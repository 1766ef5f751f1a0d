package org.handbook.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response: pages, static files, API answers, errors and 304s.
 * The CSP forbids inline script and style; pages may be framed by the site itself, embeds by the
 * configured origins (by anyone when none are configured). frame-ancestors supersedes
 * X-Frame-Options, so that one is not sent: a browser honouring both would refuse embeds.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String NOSNIFF = "X-Content-Type-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String PERMISSIONS_POLICY = "Permissions-Policy";
    static final String HSTS = "Strict-Transport-Security";

    /** Headers that depend on the request, not on the rendered page: never replayed from a cache. */
    static final Set<String> NAMES = Set.of(CSP, NOSNIFF, REFERRER_POLICY, PERMISSIONS_POLICY, HSTS);

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";
    private static final String DENIED_FEATURES = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
            + "display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), interest-cohort=(), "
            + "magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private final EmbedFramingProperties framing;

    SecurityHeadersFilter(EmbedFramingProperties framing) {
        this.framing = framing;
    }

    /**
     * An error page keeps the headers of the request that failed (an embed's error stays
     * framable); one that has none (Tomcat refused the request before any filter ran) gets the
     * site's own, which let no other site frame it.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            apply(request, response, pathWithinApplication(request));
        } else if (!response.containsHeader(CSP)) {
            apply(request, response, "/");
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void apply(HttpServletRequest request, HttpServletResponse response, String path) {
        apply(response, frameAncestors(path), request.isSecure());
    }

    static void apply(HttpServletResponse response, String frameAncestors, boolean secure) {
        response.setHeader(CSP, POLICY + frameAncestors);
        response.setHeader(NOSNIFF, "nosniff");
        response.setHeader(REFERRER_POLICY, "strict-origin-when-cross-origin");
        response.setHeader(PERMISSIONS_POLICY, DENIED_FEATURES);
        if (secure) {
            response.setHeader(HSTS, "max-age=31536000; includeSubDomains");
        }
    }

    /** The CSP frame-ancestors sources for a path of this site. */
    String frameAncestors(String path) {
        boolean embed = path.equals("/embed") || path.startsWith("/embed/");
        return embed ? framing.embedFrameAncestors() : "'self'";
    }

    /** The decoded, normalised path, so that dot segments cannot make a page look like an embed. */
    private static String pathWithinApplication(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
