package com.abparts.machines.it.persistence;

import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.MachineRepositoryContract;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.it.support.MigratedDatabase;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.persistence.organization.JdbcOrganizationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JDBC adapter keeps every promise of the port against a real, migrated PostgreSQL of each
 * supported major version, reading and writing every column of the schema.
 */
@ParameterizedClass(name = "PostgreSQL {0}")
@MethodSource("com.abparts.machines.testdb.TestPostgres#majorsToTest")
class JdbcMachineRepositoryIT extends MachineRepositoryContract {

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
    protected MachineRepository machines() {
        return new JdbcMachineRepository(jdbc());
    }

    @Override
    protected OrganizationRepository organizations() {
        return new JdbcOrganizationRepository(jdbc());
    }
}
