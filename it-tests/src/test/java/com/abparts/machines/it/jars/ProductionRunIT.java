package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ServerProcess;
import com.abparts.machines.it.support.JarProcess;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import com.abparts.machines.testidentity.TestIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production run command of docs/operations.md ("Running it fast") and the container image, step by
 * step: extract api.jar, record the AOT cache in a run that stops once the context is up (JDK 25
 * and later; earlier JDKs have no such cache, and the run still has to complete), then serve from
 * the extracted jar with Spring's build-time bean definitions and the cache, on a database
 * migrated beforehand.
 */
class ProductionRunIT {

    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    private static final String RUN_OPTIONS = "-Xmx256m -XX:+UseSerialGC -Dspring.aot.enabled=true";
    /** As in the Dockerfile: the context needs a datasource URL and a token verifier, and contacts neither while it starts. */
    private static final String TRAINING_OPTIONS = RUN_OPTIONS + " -Dspring.context.exit=onRefresh"
            + " -Dspring.liquibase.enabled=false -Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none"
            + " -Dspring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://aot-training.invalid/jwks"
            + " -Dspring.security.oauth2.resourceserver.jwt.audiences=aot-training";

    @TempDir
    Path work;

    @Test
    void recordsTheCacheAndServesWithIt() throws Exception {
        Path extracted = work.resolve("api");
        JarProcess.Result extraction = JarProcess.of("abparts.api-jar")
                .run(Map.of("JDK_JAVA_OPTIONS", "-Djarmode=tools"), "extract", "--destination", extracted.toString());
        assertThat(extraction.exitCode()).as(extraction.output()).isZero();
        JarProcess api = JarProcess.at(extracted.resolve("api.jar"));
        Path cache = work.resolve("api.aot");

        JarProcess.Result training = api.run(Map.of("JDK_JAVA_OPTIONS",
                (AOT_CACHE ? "-XX:AOTCacheOutput=" + cache + " " : "") + TRAINING_OPTIONS));

        assertThat(training.exitCode()).as("the training run ends well once the context is up:\n%s", training.output()).isZero();
        if (AOT_CACHE) {
            assertThat(cache).isNotEmptyFile();
        }

        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).update();
        int port = ServerProcess.freePort();
        Path log = work.resolve("api.log");
        Process running = api.start(Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "SPRING_LIQUIBASE_ENABLED", "false",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", TestIdentity.publicKeyLocation(),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", TestIdentity.AUDIENCE,
                "SERVER_PORT", String.valueOf(port),
                "MANAGEMENT_SERVER_PORT", String.valueOf(ServerProcess.freePort()),
                "JDK_JAVA_OPTIONS", (AOT_CACHE ? "-XX:AOTCache=" + cache + " " : "") + RUN_OPTIONS), log);
        try {
            ServerProcess.awaitOk(running, port, "/readyz", log);

            assertThat(Files.readString(log))
                    .contains("Starting AOT-processed MachinesApplication")
                    .as("the JVM used the whole cache").doesNotContain("[aot]");
        } finally {
            running.destroy();
            running.onExit().get();
        }
    }
}
