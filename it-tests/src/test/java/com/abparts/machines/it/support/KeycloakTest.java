package com.abparts.machines.it.support;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.api.dev.DemoData;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service trusting a real Keycloak ({@link TestKeycloak}) as it does in docker-compose, with
 * Swagger UI's login offered, on the port the realm's Swagger UI client redirects to, over the
 * demo data of docker compose, whose organizations the realm's users belong to.
 */
@SpringBootTest(classes = MachinesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {SmallPools.MAXIMUM, SmallPools.MINIMUM_IDLE, SmallPools.IDLE_TIMEOUT})
@Import(TestDatabaseConfiguration.class)
public abstract class KeycloakTest {

    /**
     * The {@link org.junit.jupiter.api.Order} of every subclass: last in the run, so that the Keycloak
     * {@link KeycloakEarly} starts at its beginning is up by the time they need it.
     */
    public static final int LAST = Integer.MAX_VALUE;

    /** Demo machines (compose/demo-data.sql): one of Nordfjord Aqua, whose staff are among the demo users, and one of Baltic Nets. */
    protected static final String NORDFJORD_SERIAL = "NA-2023-0001";
    protected static final String BALTIC_SERIAL = "BN-2024-0001";
    protected static final String BALTIC_MACHINE = "0a5e0000-0000-4000-8000-000000000201";

    @Autowired
    private DataSource dataSource;

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
    void theDemoOrganizationsAndMachines() {
        DemoData.applyTo(dataSource);
    }

    /** The service as one of the realm's demo users, by a token Keycloak gave it. */
    protected Api as(String username) throws Exception {
        return new Api(TestKeycloak.instance().swaggerUiPort(), -1).as(TestKeycloak.instance().accessToken(username));
    }
}
