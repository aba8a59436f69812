package com.abparts.machines.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database roles of compose/roles.sql, as docker compose sets them up: the schema owner
 * migrates, and the service, connected as abparts_api, does all its work while it can change no
 * table, type or schema. Roles belong to the whole server, which may be a team's own
 * (ABPARTS_TEST_DB): the script runs with names of this run's own in place of abparts_owner and
 * abparts_api, and the roles and their database are dropped afterwards, so that no role that was
 * there before is touched.
 */
// Its context connects to a database this class drops: closed with the class, not kept for later tests.
@DirtiesContext
class LeastPrivilegeIT extends ApiTest {

    private static final Path ROLES = Path.of(System.getProperty("abparts.project-root", "..")).resolve("compose/roles.sql");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OWNER_ROLE = "abparts_owner_" + RUN;
    private static final String API_ROLE = "abparts_api_" + RUN;
    private static final String OWNER_PASSWORD = "owner-" + UUID.randomUUID();
    private static final String API_PASSWORD = "api-" + UUID.randomUUID();
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static PostgresDatabase admin;
    private static PostgresDatabase owner;
    private static PostgresDatabase service;

    @Autowired
    private JdbcClient servicesConnection;

    @DynamicPropertySource
    static void connectAsTheServiceRole(DynamicPropertyRegistry registry) throws Exception {
        admin = TestPostgres.server().createDatabase();
        String url = admin.jdbcUrl().replaceFirst("\\?.*", "");
        applyRoles(admin);
        owner = new PostgresDatabase(url, OWNER_ROLE, OWNER_PASSWORD);
        service = new PostgresDatabase(url, API_ROLE, API_PASSWORD);
        new Migrator(owner).update();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> API_ROLE);
        registry.add("spring.datasource.password", () -> API_PASSWORD);
        registry.add("spring.liquibase.enabled", () -> "false");
    }

    @Test
    void servesEveryRequestAsTheServiceRole() {
        UUID organization = api.createOrganization("Least privilege " + UUID.randomUUID());
        String machine = api.createMachine(Api.aMachine(organization, "LP-" + UUID.randomUUID())).get("id").stringValue();

        http.delete().uri("/api/v1/machines/{id}", machine).exchange().expectStatus().isNoContent();
        http.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        assertThat(servicesConnection.sql("SELECT current_user").query(String.class).single()).isEqualTo(API_ROLE);
    }

    @Test
    void letsTheOwnerOwnWhatMigrationsCreate() {
        assertThat(servicesConnection.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
                .containsExactly(OWNER_ROLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DROP TABLE machines", "ALTER TABLE machines ADD COLUMN extra integer", "TRUNCATE machines",
            "TRUNCATE organizations CASCADE", "DROP TYPE machinestatus CASCADE", "CREATE TABLE intruder (id integer)",
            "ALTER TYPE machinestatus ADD VALUE 'stolen'", "CREATE SCHEMA intruder", "DROP INDEX IF EXISTS machines_pkey",
            "ALTER TABLE organizations DISABLE TRIGGER ALL", "CREATE INDEX intruder ON machines (name)",
            "COMMENT ON TABLE machines IS 'mine now'"})
    void keepsTheServiceRoleFromChangingTheSchema(String statement) throws SQLException {
        try (Connection connection = service.connect(); Statement sql = connection.createStatement()) {
            SQLException refused = catchThrowableOfType(SQLException.class, () -> sql.execute(statement));

            assertThat((Throwable) refused).as(statement).isNotNull();
            assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
    }

    @Test
    void setsTheRolesUpAgainWithoutHarm() throws Exception {
        applyRoles(admin);

        api.createOrganization("After the roles again " + UUID.randomUUID());
        assertThat(servicesConnection.sql("SELECT has_table_privilege(:role, 'machines', 'TRUNCATE')"
                + " OR has_schema_privilege(:role, 'public', 'CREATE')").param("role", API_ROLE).query(Boolean.class).single()).isFalse();
    }

    /**
     * The database first (its pool's connections ended), as it belongs to the owner role; then the
     * two roles, which own nothing else.
     */
    @AfterAll
    static void dropTheRolesAndTheirDatabase() throws SQLException {
        try (Connection connection = TestPostgres.server().adminDatabase().connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + admin.name() + " WITH (FORCE)");
            sql.execute("DROP ROLE IF EXISTS " + API_ROLE + ", " + OWNER_ROLE);
        }
    }

    /**
     * Runs compose/roles.sql as the compose file's init script does, the passwords in the session's
     * settings, and this run's role names in place of the script's.
     */
    private static void applyRoles(PostgresDatabase superuser) throws SQLException, IOException {
        String script = Files.readString(ROLES).replace("abparts_owner", OWNER_ROLE).replace("abparts_api", API_ROLE);
        try (Connection connection = superuser.connect(); Statement sql = connection.createStatement()) {
            sql.execute("SELECT set_config('abparts.owner_password', '" + OWNER_PASSWORD + "', false), "
                    + "set_config('abparts.api_password', '" + API_PASSWORD + "', false)");
            sql.execute(script);
        }
    }
}
