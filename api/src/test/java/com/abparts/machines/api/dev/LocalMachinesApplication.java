package com.abparts.machines.api.dev;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import com.abparts.machines.testidentity.TestIdentity;
import org.springframework.boot.SpringApplication;

/**
 * Runs the service on a developer machine with nothing but a JDK: a throwaway PostgreSQL (Docker
 * when it is there, an embedded server otherwise), demo data, and an identity provider of its own
 * whose tokens it prints: {@code ./mvnw -pl api -am spring-boot:test-run}.
 */
public class LocalMachinesApplication {

    public static void main(String[] args) {
        // The service trusts the tokens this run signs, and only those.
        System.setProperty(TestIdentity.PUBLIC_KEY_LOCATION, TestIdentity.publicKeyLocation());
        System.setProperty(TestIdentity.AUDIENCES, TestIdentity.AUDIENCE);
        SpringApplication.from(MachinesApplication::main).with(TestDatabaseConfiguration.class, DemoData.class).run(args);
    }
}
