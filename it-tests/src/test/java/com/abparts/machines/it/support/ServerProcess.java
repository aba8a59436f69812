package com.abparts.machines.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** What tests need around a server started as its own process (api.jar, Keycloak): a port for it, and its readiness. */
public final class ServerProcess {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

    private ServerProcess() {}

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until {@code path} on the port answers 200. Fails, with what the process printed to
     * {@code log}, when it exits first or takes longer than two minutes.
     */
    public static void awaitOk(Process server, int port, String path, Path log) throws IOException {
        awaitOk(server, port, path, log, STARTUP_LIMIT);
    }

    /** Waits until {@code path} on the port answers 200, as long as the limit says at most. */
    public static void awaitOk(Process server, int port, String path, Path log, Duration limit) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        // A request that hangs would otherwise use up the whole limit; it fails, and the next one is sent.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(5)).build();
        try {
            await(path + " answers 200").atMost(limit).pollInterval(Duration.ofMillis(100))
                    .failFast("the server exited", () -> !server.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (TerminalFailureException exited) {
            throw new IllegalStateException(server.info().command().orElse("the server") + " exited with " + server.exitValue()
                    + ":\n" + Files.readString(log), exited);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the server did not answer " + path + " with 200 within " + limit + ":\n"
                    + Files.readString(log), e);
        }
    }
}
