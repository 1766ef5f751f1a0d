package org.handbook.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.handbook.occupation.OccupationNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors as RFC 9457 problem details. A 400 names the parameter that was wrong in
 * {@code invalid-params}, every one of them, as the RFC's own example does.
 */
@RestControllerAdvice(assignableTypes = {OccupationApiController.class, GlossaryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        Map<String, String> reasons = e.reasons();
        String detail = reasons.size() == 1
                ? reasons.entrySet().stream().map(r -> "The parameter " + r.getKey() + " is not valid: " + r.getValue())
                        .findFirst().orElseThrow()
                : "The parameters " + String.join(", ", reasons.keySet()) + " are not valid.";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, request);
        problem.setProperty("invalid-params", reasons.entrySet().stream()
                .map(r -> Map.of("name", r.getKey(), "reason", r.getValue())).toList());
        return answer(problem);
    }

    @ExceptionHandler(OccupationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, "There is no occupation with this slug.", request));
    }

    static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            problem.setInstance(null);
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
