package com.abparts.machines.it.persistence;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.organization.OrganizationRepositoryContract;
import com.abparts.machines.it.support.MigratedDatabase;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.persistence.organization.JdbcOrganizationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JDBC adapter for organizations keeps every promise of its port against a real, migrated
 * PostgreSQL of each supported major version.
 */
@ParameterizedClass(name = "PostgreSQL {0}")
@MethodSource("com.abparts.machines.testdb.TestPostgres#majorsToTest")
class JdbcOrganizationRepositoryIT extends OrganizationRepositoryContract {

    @Parameter
    int major;

    @AfterEach
    void emptyTables() {
        MigratedDatabase.emptied(jdbc());
    }

    private JdbcClient jdbc() {
        return MigratedDatabase.shared(major);
    }

    @Override
    protected OrganizationRepository organizations() {
        return new JdbcOrganizationRepository(jdbc());
    }

    @Override
    protected void givenAMachineOwnedBy(OrganizationId owner) {
        new JdbcMachineRepository(jdbc()).add(aMachine().ownedBy(owner).build());
    }
}
