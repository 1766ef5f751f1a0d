package org.handbook.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache-Control of static files. A file addressed by its content hash (what {@code @{/css/site.css}}
 * becomes) never changes, so it is cached for a year and never revalidated. The same file by its
 * plain name (an ES module's relative import, an old link) may change with a release, so caches
 * must revalidate it (its Last-Modified makes that a 304). Errors are not stored at all.
 */
final class StaticCacheControlFilter extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, no-cache";

    /** The content strategy's version: {@code -} and 32 hex digits before the extension. */
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+");
    private static final Pattern STATIC = Pattern.compile("/(css|js|images|fonts)/.*|/favicon\\.ico");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATIC.matcher(request.getServletPath()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hashed = HASHED.matcher(request.getServletPath()).matches();
        response.setHeader(HttpHeaders.CACHE_CONTROL, hashed ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, new NoStoreOnError(response));
    }

    /** A missing file (a wrong hash) must not be remembered for a year. */
    private static final class NoStoreOnError extends HttpServletResponseWrapper {

        NoStoreOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            noStoreIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            noStoreIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            noStoreIfError(status);
            super.sendError(status, message);
        }

        private void noStoreIfError(int status) {
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
    }
}
