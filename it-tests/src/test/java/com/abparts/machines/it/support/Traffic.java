package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that run, each on its own connection with a short pause between statements, what the
 * release before a migration runs on {@code machines} and {@code organizations}: reads by id, pages,
 * and writes, on the columns every release has. Each statement is timed; each failure is kept, with
 * the statement.
 */
public final class Traffic implements AutoCloseable {

    /**
     * Between a client's statements. Four clients still run about 1,300 statements a second, so a lock
     * that a migration queues for holds some client up within milliseconds, and it shows in the longest
     * statement. Without the pause they ran four times as many and took both cores of a 2-core build
     * from the tests beside them (OnlineMigrationIT alone: 61 CPU seconds, 45 with it).
     */
    private static final Duration PAUSE = Duration.ofMillis(2);

    private final List<Thread> clients = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private final List<UUID> machines;
    private final List<UUID> organizations;

    private Traffic(List<UUID> machines, List<UUID> organizations) {
        this.machines = machines;
        this.organizations = organizations;
    }

    /**
     * Starts {@code count} clients on machines and organizations that exist already.
     *
     * @param machines ids of machines to read and change
     * @param organizations ids of organizations to read and to register machines for
     */
    public static Traffic start(PostgresDatabase database, int count, List<UUID> machines, List<UUID> organizations) {
        Traffic traffic = new Traffic(List.copyOf(machines), List.copyOf(organizations));
        for (int i = 0; i < count; i++) {
            Thread client = Thread.ofPlatform().name("traffic-" + i).daemon().start(() -> traffic.run(database));
            traffic.clients.add(client);
        }
        return traffic;
    }

    /** The statements that failed, each with its error. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** How many statements ran. */
    public long statements() {
        return statements.get();
    }

    /** The longest any statement took, waiting for locks included. */
    public Duration longestStatement() {
        return Duration.ofNanos(longestNanos.get());
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(30));
        }
    }

    private void run(PostgresDatabase database) {
        try (Connection connection = database.connect()) {
            while (running.get()) {
                timed(connection, ThreadLocalRandom.current().nextInt(5));
                Thread.sleep(PAUSE);
            }
        } catch (SQLException e) {
            failures.add("connecting: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void timed(Connection connection, int kind) {
        String sql = switch (kind) {
            case 0 -> "SELECT id, customer_organization_id, model_type, name, serial_number, created_at FROM machines WHERE id = ?";
            case 1 -> "SELECT id, name, serial_number FROM machines WHERE customer_organization_id = ? ORDER BY created_at DESC, id DESC LIMIT 50";
            case 2 -> "UPDATE machines SET name = ?, updated_at = now() WHERE id = ?";
            case 3 -> "INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number) VALUES (?, ?, 'V4.0', 'Traffic', ?)";
            default -> "SELECT id, name FROM organizations WHERE id = ?";
        };
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID machine = machines.get(random.nextInt(machines.size()));
        UUID organization = organizations.get(random.nextInt(organizations.size()));
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            switch (kind) {
                case 0 -> statement.setObject(1, machine);
                case 1 -> statement.setObject(1, organization);
                case 2 -> {
                    statement.setString(1, "Renamed " + random.nextInt(1000));
                    statement.setObject(2, machine);
                }
                case 3 -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, organization);
                    statement.setString(3, "TRAFFIC-" + UUID.randomUUID());
                }
                default -> statement.setObject(1, organization);
            }
            statement.execute();
        } catch (SQLException e) {
            failures.add(sql + ": " + e.getMessage());
        }
        longestNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
        statements.incrementAndGet();
    }
}
