package com.abparts.machines.it.support;

import static org.awaitility.Awaitility.await;

import com.abparts.machines.testdb.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A transaction that has read {@code machines} and stays open, as a long report would: it holds a
 * lock that every change of the table's definition must wait for. Closing it waits until it ended,
 * and fails if it could not end as planned.
 */
public final class LongTransaction implements AutoCloseable {

    private final FutureTask<Void> ending;

    private LongTransaction(FutureTask<Void> ending) {
        this.ending = ending;
    }

    /**
     * Open until a change has waited for a lock on {@code machines} (however long that takes to come,
     * within a minute), and for {@code afterwards} more: long enough for several of its attempts.
     */
    public static LongTransaction onMachinesUntilAChangeWaited(PostgresDatabase database, Duration afterwards) throws SQLException {
        Connection transaction = begin(database);
        FutureTask<Void> ending = new FutureTask<>(() -> {
            try (transaction) {
                try (Connection watcher = database.connect(); Statement statement = watcher.createStatement()) {
                    // In this thread: the statement stays with the thread that closes it, and no query is cut off at the limit.
                    await("a change waiting for a lock on machines").atMost(Duration.ofMinutes(1)).pollInSameThread()
                            .pollInterval(Duration.ofMillis(10)).until(() -> aChangeWaits(statement));
                }
                Thread.sleep(afterwards);
                transaction.commit();
            }
            return null;
        });
        Thread.ofPlatform().name("long-transaction").start(ending);
        return new LongTransaction(ending);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            ending.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the long transaction could not end as planned", e.getCause());
        }
    }

    private static Connection begin(PostgresDatabase database) throws SQLException {
        Connection transaction = database.connect();
        transaction.setAutoCommit(false);
        try (Statement statement = transaction.createStatement()) {
            statement.execute("SELECT count(*) FROM machines");
        }
        return transaction;
    }

    private static boolean aChangeWaits(Statement statement) throws SQLException {
        try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'machines'::regclass")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }
}
