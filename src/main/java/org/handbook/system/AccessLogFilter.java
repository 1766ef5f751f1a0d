package org.handbook.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request (method, path, status, milliseconds), on when
 * {@code handbook.access-log.enabled=true}. No address, no query string, no header: a search or a
 * portal's parameters may carry personal data, and the proxy in front logs the rest.
 */
final class AccessLogFilter extends OncePerRequestFilter {

    static final Logger LOG = LoggerFactory.getLogger("org.handbook.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
