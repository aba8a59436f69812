package com.abparts.machines.persistence.support;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads which constraint PostgreSQL reported as violated, from the error's structured fields
 * rather than its (localized) message text, so that adapters can turn it into a domain error.
 */
public final class PostgresErrors {

    private PostgresErrors() {}

    public static Optional<String> violatedConstraint(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException postgres) {
                return Optional.ofNullable(postgres.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }
}
