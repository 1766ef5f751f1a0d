package org.handbook.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the error page of a request under /api/ as {@code application/problem+json} instead of
 * the site's HTML error page: for errors that never reached an API controller's own handling (an
 * unknown path, a failure in a filter). It never echoes the request.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    static final String API_PREFIX = "/api/";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(API_PREFIX) || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail(status) + "\"}");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address of the API; see /v3/api-docs for its endpoints.";
            case METHOD_NOT_ALLOWED -> "The API answers GET and HEAD requests only.";
            default -> status.is4xxClientError() ? "The request could not be answered as it was made."
                    : "The API could not answer; please try again later.";
        };
    }
}
