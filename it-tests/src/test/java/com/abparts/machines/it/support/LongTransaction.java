package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * A transaction that has read {@code machines} and stays open, as a long report would: it holds a
 * lock that every change of the table's definition must wait for. Closing it waits until it ended.
 */
public final class LongTransaction implements AutoCloseable {

    private final Thread ending;

    private LongTransaction(Thread ending) {
        this.ending = ending;
    }

    /**
     * Open until a change has waited for a lock on {@code machines} (however long that takes to come,
     * within a minute), and for {@code afterwards} more: long enough for several of its attempts.
     */
    public static LongTransaction onMachinesUntilAChangeWaited(PostgresDatabase database, Duration afterwards) throws SQLException {
        Connection transaction = begin(database);
        return new LongTransaction(Thread.ofPlatform().name("long-transaction").start(() -> end(transaction, () -> {
            try (Connection watcher = database.connect(); Statement statement = watcher.createStatement()) {
                Instant deadline = Instant.now().plusSeconds(60);
                while (!aChangeWaits(statement) && Instant.now().isBefore(deadline)) {
                    Thread.sleep(10);
                }
            }
            Thread.sleep(afterwards);
        })));
    }

    @Override
    public void close() throws InterruptedException {
        ending.join();
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

    private static void end(Connection transaction, Wait wait) {
        try (transaction) {
            wait.run();
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("the long transaction could not end as planned", e);
        }
    }

    @FunctionalInterface
    private interface Wait {
        void run() throws Exception;
    }
}
