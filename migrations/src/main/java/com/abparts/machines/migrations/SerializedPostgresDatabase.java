package com.abparts.machines.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;
import liquibase.ui.UIService;

/**
 * PostgreSQL as Liquibase knows it, except that only one Liquibase at a time works on a database,
 * and that a change waits for the locks it needs only briefly, again and again ({@link LockRetries}).
 *
 * <p>Liquibase's own lock (the DATABASECHANGELOGLOCK table) cannot protect its first steps on an
 * empty database, where several instances starting at once race to create its tables and all but
 * one fail (liquibase/liquibase#5254). So before Liquibase does anything through a connection,
 * this takes a PostgreSQL session-level advisory lock, and gives it back when Liquibase closes the
 * database; the others wait for it, then find the changelog applied. Liquibase picks this class
 * over its own (higher priority, registered in META-INF/services) wherever the migrations module
 * is on the classpath: migrations.jar, the Maven plugin and the application alike.
 *
 * <p>Each change that runs inside a changeset's transaction is one attempt of {@link LockRetries};
 * changes that run outside one ({@code runInTransaction="false"}, such as {@code CREATE INDEX
 * CONCURRENTLY}) keep their own rules, and so does SQL that is only printed ({@code update-sql}).
 */
public class SerializedPostgresDatabase extends PostgresDatabase {

    /** The advisory lock's key: any constant that no other code of this database uses. */
    static final long LOCK_KEY = 0x4142_5061_7274_734DL;

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private Connection lockedSession;
    private boolean inAttempt;

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

    @Override
    public void executeStatements(Change change, DatabaseChangeLog changeLog, List<SqlVisitor> sqlVisitors) throws LiquibaseException {
        withLockRetries(change.getDescription(), () -> super.executeStatements(change, changeLog, sqlVisitors));
    }

    @Override
    public void executeRollbackStatements(Change change, List<SqlVisitor> sqlVisitors) throws LiquibaseException {
        withLockRetries(change.getDescription(), () -> super.executeRollbackStatements(change, sqlVisitors));
    }

    /**
     * The statements of a changeset's own {@code <rollback>}, which Liquibase runs together: each is an
     * attempt of its own, so that its wait for a lock is the attempt's, not what a statement before it set.
     */
    @Override
    public void executeRollbackStatements(SqlStatement[] statements, List<SqlVisitor> sqlVisitors) throws LiquibaseException {
        for (SqlStatement statement : statements) {
            withLockRetries("rollback " + statement.getClass().getSimpleName().replace("Statement", ""),
                    () -> super.executeRollbackStatements(new SqlStatement[] {statement}, sqlVisitors));
        }
    }

    private void withLockRetries(String what, LockRetries.Attempt<LiquibaseException> attempt) throws LiquibaseException {
        Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", this);
        if (inAttempt || executor instanceof LoggingExecutor || !(getConnection() instanceof JdbcConnection jdbc)) {
            attempt.apply();
            return;
        }
        Connection session = jdbc.getUnderlyingConnection();
        inAttempt = true;
        try {
            if (session.getAutoCommit()) {
                attempt.apply();
                return;
            }
            UIService ui = Scope.getCurrentScope().getUI();
            LockRetries.configured().run(session, describe(what), attempt, ui::sendMessage);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            inAttempt = false;
        }
    }

    /** The changeset running now, by its id, and what of it is attempted. */
    private static String describe(String what) {
        ChangeSet changeSet = Scope.getCurrentScope().get(Scope.Attr.changeSet.name(), ChangeSet.class);
        return (changeSet == null ? "" : changeSet.getId() + ": ") + what;
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
