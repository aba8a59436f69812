package com.abparts.machines.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run pointed at a PostgreSQL server of the team's own (ABPARTS_TEST_DB=jdbc:postgresql://…)
 * leaves it as it found it: every database the run created is dropped as the run ends, even one a
 * pool still holds connections to. Shown on the build's own server, treated as an external one.
 */
class ExternalPostgresServerIT {

    @Test
    void dropsEveryDatabaseTheRunCreatedWhenItEnds() throws Exception {
        PostgresDatabase admin = TestPostgres.server().adminDatabase();
        List<String> before = databases(admin);
        ExternalPostgresServer external = new ExternalPostgresServer(admin);

        PostgresDatabase first = external.createDatabase();
        PostgresDatabase second = external.createDatabase();
        assertThat(databases(admin)).contains(first.name(), second.name());
        try (Connection stillOpen = second.connect()) {
            external.close();

            assertThat(stillOpen.isValid(2)).as("the connection the drop ended").isFalse();
        }

        // other databases may come and go meanwhile (Keycloak's, made in the background): only these two must be gone
        assertThat(databases(admin)).doesNotContain(first.name(), second.name()).containsAll(before);
    }

    private static List<String> databases(PostgresDatabase admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
