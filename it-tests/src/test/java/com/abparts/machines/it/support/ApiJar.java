package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testidentity.TestIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** api.jar as operators start it: the environment it needs, with the standard variables. */
public final class ApiJar {

    private ApiJar() {}

    /** The jar itself, from the build, {@linkplain JarProcess#startingQuickly() starting quickly}. */
    public static JarProcess jar() {
        return JarProcess.of("abparts.api-jar").startingQuickly();
    }

    /** The database, the test identity's key as the only one trusted, and the two ports; more settings may be added. */
    public static Map<String, String> environment(PostgresDatabase database, int port, int managementPort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", TestIdentity.publicKeyLocation());
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", TestIdentity.AUDIENCE);
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        return environment;
    }

    /**
     * api.jar started with {@link #environment} and {@code settings} on free ports, once its
     * {@code /readyz} answers 200.
     */
    public static Running start(PostgresDatabase database, Map<String, String> settings) throws IOException {
        int port = ServerProcess.freePort();
        int managementPort = ServerProcess.freePort();
        Path log = Files.createTempFile("api-jar", ".log");
        Map<String, String> environment = environment(database, port, managementPort);
        environment.putAll(settings);
        Process process = jar().start(environment, log);
        ServerProcess.awaitOk(process, port, "/readyz", log);
        return new Running(process, log, port, managementPort);
    }

    /** A started api.jar: its process, what it writes, its two ports. Closing it stops it and deletes the log. */
    public record Running(Process process, Path log, int port, int managementPort) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            process.destroy();
            process.onExit().get();
            Files.deleteIfExists(log);
        }
    }
}
