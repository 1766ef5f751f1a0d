package org.handbook.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site is read-only: GET and HEAD everywhere, OPTIONS only for CORS preflight of the API.
 * Any other method, one HTTP defines (TRACE included, so nothing is echoed) or not, is refused
 * with 405 and the Allow header: a client error, never a 5xx that monitoring would count as ours.
 */
final class AllowedMethodsFilter extends OncePerRequestFilter {

    private static final Set<String> READ = Set.of("GET", "HEAD");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (response.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
                response.setHeader(HttpHeaders.ALLOW, allowed(request));
            }
            chain.doFilter(request, response);
            return;
        }
        if (READ.contains(method) || method.equals("OPTIONS") && isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ALLOW, allowed(request));
        response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
    }

    /** Tomcat refuses TRACE itself, naming the servlet's methods: the error page corrects the list. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String allowed(HttpServletRequest request) {
        return isApi(request) ? "GET, HEAD, OPTIONS" : "GET, HEAD";
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/v1/");
    }
}
