package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageAdviceTests {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        assertThat(DatabaseOutageAdvice.isOutage(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
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
}
