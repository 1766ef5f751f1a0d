package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageAdviceTests {

    private static final CannotCreateTransactionException OUTAGE = new CannotCreateTransactionException(
            "no connection", new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        assertThat(DatabaseOutageAdvice.isOutage(OUTAGE)).isTrue();
    }

    @Test
    void aLostConnectionOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutageAdvice.isOutage(new CannotGetJdbcConnectionException("lost",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(DatabaseOutageAdvice.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aFailingStatementIsNotAnOutage() {
        assertThat(DatabaseOutageAdvice.isOutage(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutageAdvice.isOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aPageAnswersTheErrorPageWith503() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/healthcare/x/pay");
        request.setServletPath("/healthcare/x/pay");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(new DatabaseOutageAdvice().databaseUnavailable(OUTAGE, request, response)).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getErrorMessage()).isNull();
    }

    @Test
    void theApiAnswersProblemJsonWith503AndRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/occupations");
        request.setServletPath("/api/v1/occupations");
        ResponseEntity<ProblemDetail> answer = new DatabaseOutageAdvice()
                .databaseUnavailable(OUTAGE, request, new MockHttpServletResponse());
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void otherDatabaseFailuresGoOnToTheOrdinaryErrorHandling() {
        DataIntegrityViolationException bug = new DataIntegrityViolationException("duplicate");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/healthcare/x/pay");
        assertThatThrownBy(() -> new DatabaseOutageAdvice().databaseUnavailable(bug, request, new MockHttpServletResponse()))
                .isSameAs(bug);
    }
}
