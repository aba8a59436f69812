package com.abparts.machines.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Scope;

/**
 * How a change waits for the lock it needs on a table that the API is using: briefly, and again.
 *
 * <p>A statement that waits for a lock queues every later statement on the same table behind it, for
 * as long as it waits. So each attempt waits at most a short {@code lock_timeout} (at first
 * {@link #firstWait}, half as long again with each attempt, never more than {@link #longestWait}).
 * When it times out, the attempt is rolled back to the savepoint before it, which gives back every
 * lock it took and undoes all it did; then, holding no lock on any table, the change sleeps a while
 * (with jitter, so that several migrators do not retry in step) and tries again, until it lands or
 * {@link #patience} has passed. GitLab's migration helpers do the same ("lock retries").
 *
 * <p>Each setting is read from the Liquibase scope, a system property or an environment variable,
 * in that order, e.g. {@code abparts.migration.lock-wait} or {@code ABPARTS_MIGRATION_LOCK_WAIT}:
 * the same in {@code migrations.jar}, the Maven goals and the service's own start.
 *
 * @param firstWait the {@code lock_timeout} of the first attempt ({@code abparts.migration.lock-wait}, 100 ms)
 * @param longestWait the longest {@code lock_timeout} of any attempt ({@code abparts.migration.lock-wait-max}, 500 ms)
 * @param patience how long to keep trying before giving up ({@code abparts.migration.lock-patience}, 10 minutes)
 */
record LockRetries(Duration firstWait, Duration longestWait, Duration patience) {

    static final String FIRST_WAIT = "abparts.migration.lock-wait";
    static final String LONGEST_WAIT = "abparts.migration.lock-wait-max";
    static final String PATIENCE = "abparts.migration.lock-patience";

    /** PostgreSQL's lock_not_available: the lock_timeout passed. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Duration FIRST_SLEEP = Duration.ofMillis(200);
    private static final Duration LONGEST_SLEEP = Duration.ofSeconds(5);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    LockRetries {
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || patience.isNegative()) {
            throw new IllegalArgumentException("lock retries need 0 < " + FIRST_WAIT + " <= " + LONGEST_WAIT + " and " + PATIENCE
                    + " >= 0, not " + firstWait + ", " + longestWait + ", " + patience);
        }
    }

    /** The settings in force: Liquibase scope, system properties, environment, then the defaults. */
    static LockRetries configured() {
        return new LockRetries(setting(FIRST_WAIT, Duration.ofMillis(100)), setting(LONGEST_WAIT, Duration.ofMillis(500)),
                setting(PATIENCE, Duration.ofMinutes(10)));
    }

    /** The {@code lock_timeout} of an attempt, counted from 1. */
    Duration waitOf(int attempt) {
        double grown = firstWait.toMillis() * Math.pow(1.5, Math.min(attempt - 1, 30));
        return grown >= longestWait.toMillis() ? longestWait : Duration.ofMillis(Math.round(grown));
    }

    /** The sleep after a failed attempt, counted from 1: growing to a few seconds, each between half and one and a half of its share. */
    static Duration sleepAfter(int attempt) {
        long base = Math.min(FIRST_SLEEP.toMillis() << Math.min(attempt - 1, 10), LONGEST_SLEEP.toMillis());
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base + 1));
    }

    /**
     * Runs {@code change} inside the open transaction of {@code session} until it is not refused for
     * want of a lock, telling {@code progress} of each refusal and of the outcome.
     *
     * @throws E what {@code change} threw when it failed for another reason, or its last refusal once patience ran out
     * @throws SQLException when the savepoints around an attempt, or its lock_timeout, cannot be set
     */
    <E extends Exception> void run(Connection session, String what, Attempt<E> change, Consumer<String> progress) throws E, SQLException {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Duration wait = waitOf(attempt);
            Savepoint before = session.setSavepoint();
            try {
                setLockTimeout(session, wait);
                change.apply();
                session.releaseSavepoint(before);
                if (attempt > 1) {
                    progress.accept(what + ": applied at attempt " + attempt + " after " + elapsedSince(started).toMillis() + " ms");
                }
                return;
            } catch (Exception failure) {
                if (!lockNotAvailable(failure)) {
                    throw failure;
                }
                session.rollback(before);
                requireNoLockHeld(session, what, failure);
                Duration elapsed = elapsedSince(started);
                Duration sleep = sleepAfter(attempt);
                if (elapsed.plus(sleep).plus(waitOf(attempt + 1)).compareTo(patience) > 0) {
                    progress.accept(what + ": gave up after " + attempt + " attempts in " + elapsed.toMillis() + " ms; nothing of it stays");
                    throw failure;
                }
                progress.accept(what + ": attempt " + attempt + " did not get its lock within " + wait.toMillis()
                        + " ms; rolled back, trying again in " + sleep.toMillis() + " ms");
                pause(sleep);
            }
        }
    }

    /** A change done in the open transaction, which may be refused for want of a lock. */
    @FunctionalInterface
    interface Attempt<E extends Exception> {
        void apply() throws E;
    }

    static boolean lockNotAvailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Duration parse(String name, String text) {
        Matcher duration = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!duration.matches()) {
            throw new IllegalArgumentException(name + " must be a duration such as 100ms, 2s or 10m, not '" + text + "'");
        }
        long amount = Long.parseLong(duration.group(1));
        return switch (duration.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static Duration setting(String name, Duration fallback) {
        Object scoped = Scope.getCurrentScope().get(name, Object.class);
        String value = scoped != null ? scoped.toString() : System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : parse(name, value);
    }

    private static void setLockTimeout(Connection session, Duration wait) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + wait.toMillis() + "ms'");
        }
    }

    /**
     * A change waiting for its lock must hold no other, or the tables it holds would be blocked for
     * as long as it sleeps: with one lock-taking statement per changeset, it never does.
     */
    private static void requireNoLockHeld(Connection session, String what, Exception refusal) throws SQLException {
        String sql = """
                SELECT string_agg(l.relation::regclass || ' (' || l.mode || ')', ', ') FROM pg_locks l
                WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
                  AND l.mode NOT IN ('AccessShareLock') AND l.relation::regclass::text NOT ILIKE 'databasechangelog%'""";
        try (PreparedStatement statement = session.prepareStatement(sql); ResultSet held = statement.executeQuery()) {
            held.next();
            if (held.getString(1) != null) {
                throw new IllegalStateException(what + " cannot wait for its lock while its changeset holds " + held.getString(1)
                        + ": give each changeset one statement that locks a table", refusal);
            }
        }
    }

    private static Duration elapsedSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void pause(Duration sleep) {
        try {
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try a change again", e);
        }
    }
}
