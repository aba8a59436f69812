package com.abparts.machines.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import liquibase.GlobalConfiguration;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.UnexpectedLiquibaseException;

/**
 * PostgreSQL as Liquibase knows it, except that only one Liquibase at a time works on a database.
 *
 * <p>Liquibase's own lock (the DATABASECHANGELOGLOCK table) cannot protect its first steps on an
 * empty database, where several instances starting at once race to create its tables and all but
 * one fail (liquibase/liquibase#5254). So before Liquibase does anything through a connection,
 * this takes a PostgreSQL session-level advisory lock, and gives it back when Liquibase closes the
 * database; the others wait for it, then find the changelog applied. Liquibase picks this class
 * over its own (higher priority, registered in META-INF/services) wherever the migrations module
 * is on the classpath: migrations.jar, the Maven plugin and the application alike.
 */
public class SerializedPostgresDatabase extends PostgresDatabase {

    /** The advisory lock's key: any constant that no other code of this database uses. */
    static final long LOCK_KEY = 0x4142_5061_7274_734DL;

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private Connection lockedSession;

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }

    @Override
    public void setConnection(DatabaseConnection connection) {
        super.setConnection(connection);
        if (connection instanceof JdbcConnection jdbc) {
            lock(jdbc.getUnderlyingConnection());
        }
    }

    @Override
    public void close() throws DatabaseException {
        try {
            unlock();
        } finally {
            super.close();
        }
    }

    private void lock(Connection session) {
        Duration patience = Duration.ofMinutes(GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getCurrentValue());
        Instant deadline = Instant.now().plus(patience);
        try {
            while (!tryLock(session)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new UnexpectedLiquibaseException("Another migration of this database has been running for more than "
                            + patience.toMinutes() + " minutes (it holds the advisory lock " + LOCK_KEY + "); try again later");
                }
                Thread.sleep(POLL_INTERVAL);
            }
            lockedSession = session;
        } catch (SQLException e) {
            throw new UnexpectedLiquibaseException("could not take the migration lock", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnexpectedLiquibaseException("interrupted while waiting for another migration to end", e);
        }
    }

    private static boolean tryLock(Connection session) throws SQLException {
        boolean locked;
        try (PreparedStatement statement = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                locked = result.getBoolean(1);
            }
        }
        // A session-level lock outlives this transaction; ending it keeps the session from idling in one.
        if (!session.getAutoCommit()) {
            session.commit();
        }
        return locked;
    }

    private void unlock() throws DatabaseException {
        if (lockedSession == null) {
            return;
        }
        try (PreparedStatement statement = lockedSession.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
            if (!lockedSession.getAutoCommit()) {
                lockedSession.commit();
            }
        } catch (SQLException e) {
            throw new DatabaseException("could not give back the migration lock", e);
        } finally {
            lockedSession = null;
        }
    }
}
