package com.abparts.machines.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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
 * The page's owners are joined in, so that is all a page costs.
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
        List<OwnedMachine> firstPages = machines.list(Scope.everything(), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 500, Optional.empty()));
        Machine deep = firstPages.get(firstPages.size() - 2).machine();
        MachineQuery deepPage = new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 50,
                Optional.of(new Position(deep.createdAt().toString(), deep.id().value())));

        for (int request = 0; request < 12; request++) {
            assertThat(machines.list(Scope.everything(), deepPage)).hasSize(51);
        }

        assertThat(jdbc.sql("SELECT generic_plans FROM pg_prepared_statements WHERE statement LIKE '%JOIN organizations o%WHERE (m.created_at, m.id) <%'")
                .query(Long.class).list())
                .as("generic plans of the deep page's statement").singleElement().satisfies(generic -> assertThat(generic).isPositive());
    }
}
