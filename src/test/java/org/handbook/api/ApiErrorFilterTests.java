package org.handbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiErrorFilterTests {

    private static MockHttpServletRequest errorDispatch(String failedPath, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }

    @Test
    void errorOfAnApiRequestIsAProblemDocument() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ApiErrorFilter().doFilter(errorDispatch("/api/v1/occupations", 500), response, chain);

        assertThat(chain.getRequest()).as("the HTML error page is not rendered").isNull();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
                        + "\"detail\":\"The API could not answer; please try again later.\"}");
    }

    @Test
    void errorOfAPageGoesOnToTheSiteErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ApiErrorFilter().doFilter(errorDispatch("/healthcare/", 404), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getContentAsString()).isEmpty();
    }
}
