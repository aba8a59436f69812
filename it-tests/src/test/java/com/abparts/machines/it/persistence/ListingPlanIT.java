package com.abparts.machines.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.persistence.organization.JdbcOrganizationRepository;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A page deep in a large table costs PostgreSQL no planning per request: after a few executions
 * on a connection the listing's prepared statement runs on a generic plan. With the page size
 * bound as a parameter it would not (PostgreSQL cannot cost a generic plan with an unknown
 * LIMIT) and every page would be planned anew, which made deep pages the slowest (bench/).
 * Nor do a page's owners: they are looked up with one statement, whatever their number.
 */
class ListingPlanIT {

    private static final int MACHINES = 20_000;

    // Prepared statements and their plans belong to a session: every statement runs on this one.
    private Connection connection;
    private JdbcClient jdbc;

    @BeforeEach
    void connectToAMigratedDatabase() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).update();
        connection = database.connect();
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void aDeepPageRunsOnAGenericPlan() {
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (md5('o')::uuid, 'Oraseas EE')").update();
        jdbc.sql("""
                INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, created_at)
                SELECT md5('m' || n)::uuid, md5('o')::uuid, 'V3.1B', 'Machine ' || n, 'AB-' || n,
                       timestamptz '2024-01-01' + n * interval '1 minute'
                FROM generate_series(1, :machines) AS n""").param("machines", MACHINES).update();
        jdbc.sql("ANALYZE machines").update();
        JdbcMachineRepository machines = new JdbcMachineRepository(jdbc);
        List<Machine> firstPages = machines.list(Scope.everything(), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 500, Optional.empty()));
        Machine deep = firstPages.get(firstPages.size() - 2);
        MachineQuery deepPage = new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 50,
                Optional.of(new Position(deep.createdAt().toString(), deep.id().value())));

        for (int request = 0; request < 12; request++) {
            assertThat(machines.list(Scope.everything(), deepPage)).hasSize(51);
        }

        assertThat(jdbc.sql("SELECT generic_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM machines WHERE (created_at, id) <%'")
                .query(Long.class).list())
                .as("generic plans of the deep page's statement").singleElement().satisfies(generic -> assertThat(generic).isPositive());
    }

    /** With {@code IN} and a placeholder per id, each count of owners was a statement of its own. */
    @Test
    void thePagesOwnersAreLookedUpWithOneStatementWhateverTheirNumber() {
        JdbcOrganizationRepository organizations = new JdbcOrganizationRepository(jdbc);
        List<OrganizationId> ids = jdbc.sql("""
                INSERT INTO organizations (id, name) SELECT md5('o' || n)::uuid, 'Organization ' || n
                FROM generate_series(1, 20) AS n RETURNING id""").query(UUID.class).list()
                .stream().map(OrganizationId::new).toList();

        for (int round = 0; round < 6; round++) {
            for (int owners = 1; owners <= ids.size(); owners++) {
                assertThat(organizations.findAllById(ids.subList(0, owners))).hasSize(owners);
            }
        }

        assertThat(jdbc.sql("SELECT generic_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM organizations WHERE id%'")
                .query(Long.class).list())
                .as("prepared statements that look up organizations, and their generic plans")
                .singleElement().satisfies(generic -> assertThat(generic).isPositive());
    }
}
