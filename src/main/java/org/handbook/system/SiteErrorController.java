package org.handbook.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error a visitor can meet, in the site's layout, with a way on. Says what went wrong in
 * plain words and never echoes the request, an exception or a framework's name.
 */
@Controller
class SiteErrorController implements ErrorController {

    static final String VIEW = "error/error";

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "30");
        }
        model.addAttribute("status", status.value());
        model.addAttribute("heading", heading(status));
        model.addAttribute("explanation", explanation(status));
        model.addAttribute("page", new PageMeta("Error: " + heading(status),
                "This page could not be shown.", null,
                List.of(PageMeta.Crumb.HOME, new PageMeta.Crumb(heading(status), null))));
        return VIEW;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case BAD_REQUEST -> "That address or request is not valid";
            case METHOD_NOT_ALLOWED -> "That kind of request is not supported here";
            case NOT_ACCEPTABLE -> "That format is not available";
            case SERVICE_UNAVAILABLE -> "The Handbook is briefly unavailable";
            default -> status.is4xxClientError() ? "That request could not be answered" : "Something went wrong on our side";
        };
    }

    private static String explanation(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no page at this address. It may have been mistyped, or the occupation or tab "
                    + "may not be in the Handbook.";
            case BAD_REQUEST -> "Part of the address or of the form was not in a form we understand. Check it, or start "
                    + "again from one of the pages below.";
            case SERVICE_UNAVAILABLE -> "We cannot reach our data for a moment. Please try again in a minute.";
            default -> status.is4xxClientError()
                    ? "The request could not be answered as it was made."
                    : "The page could not be shown. Please try again later.";
        };
    }
}
