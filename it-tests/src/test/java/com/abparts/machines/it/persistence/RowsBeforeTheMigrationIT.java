package com.abparts.machines.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.machine.ChangeMachine;
import com.abparts.machines.domain.machine.MachineChange;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Role;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.PageLimit;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Rows that ABParts' old system wrote before {@code add_machine_columns}, under its own rules (a
 * blank name, an untrimmed model type, an organization with a blank name), are served as stored
 * once the changelog has been applied over them, and change only where a change says.
 */
class RowsBeforeTheMigrationIT {

    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID BLANK_NAME = UUID.randomUUID();
    private static final UUID UNTRIMMED = UUID.randomUUID();

    private static JdbcClient jdbc;
    private static JdbcMachineRepository machines;

    @BeforeAll
    static void oldRowsThenTheChangelog() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        Migrator migrator = new Migrator(database);
        migrator.updateToTag(Migrator.ADD_SECURITY_SESSION);
        jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), database.jdbcUrl(), database.username(), database.password()));
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (?, ' ')").param(OWNER).update();
        jdbc.sql("INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number) VALUES (?, ?, 'V3.1B', '', 'OLD-1')")
                .params(BLANK_NAME, OWNER).update();
        jdbc.sql("INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number) VALUES (?, ?, ' V3 ', ' Old unit ', ' OLD-2 ')")
                .params(UNTRIMMED, OWNER).update();

        migrator.update();
        machines = new JdbcMachineRepository(jdbc);
    }

    @Test
    void servesThemByIdAsStoredWithTheNewColumnsAtTheirDefaults() {
        MachineDetails blank = machines.findById(new MachineId(BLANK_NAME)).orElseThrow().machine().details();
        OwnedMachine untrimmed = machines.findById(new MachineId(UNTRIMMED)).orElseThrow();

        assertThat(blank.name()).isEmpty();
        assertThat(blank.status()).isEqualTo(MachineStatus.ACTIVE);
        assertThat(blank.purchaseDate()).isNull();
        assertThat(blank.notes()).isNull();
        assertThat(untrimmed.machine().details().modelType()).isEqualTo(" V3 ");
        assertThat(untrimmed.machine().details().serialNumber()).isEqualTo(" OLD-2 ");
        assertThat(untrimmed.owner().details().name()).isEqualTo(" ");
    }

    @Test
    void servesThemInAPage() {
        var page = machines.list(Scope.of(new OrganizationId(OWNER)),
                new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, PageLimit.DEFAULT, Optional.empty()));

        assertThat(page.stream().map(owned -> owned.machine().id().value())).containsExactlyInAnyOrder(BLANK_NAME, UNTRIMMED);
    }

    @Test
    void changesOnlyWhatAChangeSays() {
        MachineChange locate = new MachineChange(FieldChange.keep(), FieldChange.keep(), FieldChange.keep(), FieldChange.keep(),
                FieldChange.keep(), FieldChange.keep(), FieldChange.keep(), FieldChange.keep(), FieldChange.keep(),
                FieldChange.set("Pier 7"), FieldChange.keep());
        Caller operator = Caller.of("operator", Set.of(Role.SUPER_ADMIN), Optional.empty());

        new ChangeMachine(machines, Clock.systemUTC()).change(operator, new ChangeMachine.Command(new MachineId(UNTRIMMED), locate, ExpectedVersion.any()));

        assertThat(jdbc.sql("SELECT model_type, name, serial_number, location, version FROM machines WHERE id = ?").param(UNTRIMMED)
                .query().singleRow()).containsEntry("model_type", " V3 ").containsEntry("name", " Old unit ")
                .containsEntry("serial_number", " OLD-2 ").containsEntry("location", "Pier 7").containsEntry("version", 1L);
    }
}
