package com.abparts.machines.it.support;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service trusting a real Keycloak ({@link TestKeycloak}) as it does in docker-compose, with
 * Swagger UI's login offered, on the port the realm's Swagger UI client redirects to, over the
 * demo organizations the realm's users belong to, each with a machine.
 */
@SpringBootTest(classes = MachinesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestDatabaseConfiguration.class)
public abstract class KeycloakTest {

    /** The demo machines: one of Nordfjord Aqua, whose staff are among the demo users, and one of Baltic Nets. */
    protected static final String NORDFJORD_SERIAL = "NA-2023-0001";
    protected static final String BALTIC_SERIAL = "BN-2024-0001";
    protected static final String BALTIC_MACHINE = "0a5e0000-0000-4000-8000-000000000201";

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void trustTheRealm(DynamicPropertyRegistry properties) {
        TestKeycloak keycloak = TestKeycloak.instance();
        properties.add("server.port", keycloak::swaggerUiPort);
        properties.add("management.server.port", () -> 0);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "abparts-machines");
        properties.add("abparts.security.swagger-ui.authorization-uri", keycloak::authorizationUri);
        properties.add("abparts.security.swagger-ui.token-uri", keycloak::tokenUri);
    }

    @BeforeEach
    void theDemoOrganizations() {
        organization(DemoIds.ORASEAS_EE, "Oraseas EE");
        organization(DemoIds.NORDFJORD_AQUA, "Nordfjord Aqua AS");
        organization(DemoIds.BALTIC_NETS, "Baltic Nets OÜ");
        machine(DemoIds.NORDFJORD_HARBOUR_UNIT, DemoIds.NORDFJORD_AQUA, NORDFJORD_SERIAL);
        machine(BALTIC_MACHINE, DemoIds.BALTIC_NETS, BALTIC_SERIAL);
    }

    /** The service as one of the realm's demo users, by a token Keycloak gave it. */
    protected Api as(String username) throws Exception {
        return new Api(TestKeycloak.instance().swaggerUiPort(), -1).as(TestKeycloak.instance().accessToken(username));
    }

    private void organization(String id, String name) {
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING")
                .param("id", UUID.fromString(id)).param("name", name).update();
    }

    private void machine(String id, String owner, String serial) {
        jdbc.sql("""
                INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)
                VALUES (:id, :owner, 'V4.0', 'Demo unit ' || :serial, :serial) ON CONFLICT DO NOTHING""")
                .param("id", UUID.fromString(id)).param("owner", UUID.fromString(owner)).param("serial", serial).update();
    }
}
