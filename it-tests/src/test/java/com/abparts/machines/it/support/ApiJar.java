package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testidentity.TestIdentity;
import java.util.HashMap;
import java.util.Map;

/** api.jar as operators start it: the environment it needs, with the standard variables. */
public final class ApiJar {

    private ApiJar() {}

    /** The jar itself, from the build. */
    public static JarProcess jar() {
        return JarProcess.of("abparts.api-jar");
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
}
