package com.abparts.machines.api;

import com.abparts.machines.testdb.TestDatabaseConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Runs the service on a developer machine with a throwaway PostgreSQL (Docker when it is there,
 * an embedded server otherwise): {@code ./mvnw -pl api -am spring-boot:test-run}.
 */
public class LocalMachinesApplication {

    public static void main(String[] args) {
        SpringApplication.from(MachinesApplication::main).with(TestDatabaseConfiguration.class).run(args);
    }
}
