package com.abparts.machines.it.persistence;

import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.MachineRepositoryContract;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.it.support.MigratedDatabase;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JDBC adapter against a real, migrated PostgreSQL keeps every promise of the port. */
class JdbcMachineRepositoryIT extends MachineRepositoryContract {

    private static JdbcClient jdbc;

    @BeforeAll
    static void migratedDatabase() {
        jdbc = MigratedDatabase.create();
    }

    @AfterEach
    void emptyTables() {
        jdbc.sql("TRUNCATE machines, organizations").update();
    }

    @Override
    protected MachineRepository repository() {
        return new JdbcMachineRepository(jdbc);
    }

    @Override
    protected void givenOrganization(OrganizationId id) {
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (:id, :name)")
                .param("id", id.value())
                .param("name", "Organization " + id)
                .update();
    }
}
