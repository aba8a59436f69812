package com.abparts.machines.api.dev;

import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.testidentity.TestIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The dev run's demo: the demo organizations and machines of {@code compose/demo-data.sql}, the
 * same docker compose loads, with the ids that the OpenAPI examples use; and ready-to-paste
 * tokens, valid for 12 hours, for a super admin and for an admin and a user of Nordfjord Aqua.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoData {

    private static final Duration TOKEN_VALIDITY = Duration.ofHours(12);
    private static final UUID ORASEAS_EE = UUID.fromString(DemoIds.ORASEAS_EE);
    private static final UUID NORDFJORD_AQUA = UUID.fromString(DemoIds.NORDFJORD_AQUA);

    @Bean
    ApplicationRunner demoDataAndTokens(DataSource dataSource) {
        return arguments -> {
            applyTo(dataSource);
            printTokens();
        };
    }

    /** Loads the demo data into a migrated database; loading it again changes nothing. */
    public static void applyTo(DataSource dataSource) {
        Path sql = Path.of(System.getProperty("abparts.project-root", ".."), "compose", "demo-data.sql").toAbsolutePath().normalize();
        if (!Files.isRegularFile(sql)) {
            throw new IllegalStateException("no demo data at " + sql + ": run from the project (abparts.project-root names its root)");
        }
        new ResourceDatabasePopulator(new FileSystemResource(sql)).execute(dataSource);
    }

    private static void printTokens() {
        String superAdmin = TestIdentity.token("oraseas-operator").roles("super_admin").organization(ORASEAS_EE).validFor(TOKEN_VALIDITY).signed();
        String admin = TestIdentity.token("nordfjord-admin").roles("admin").organization(NORDFJORD_AQUA).validFor(TOKEN_VALIDITY).signed();
        String user = TestIdentity.token("nordfjord-user").roles("user").organization(NORDFJORD_AQUA).validFor(TOKEN_VALIDITY).signed();
        System.out.printf("""

                [dev-identity] Tokens for Swagger UI's Authorize (bearer), or curl -H "Authorization: Bearer <token>", valid for %d hours:
                [dev-identity] super_admin of Oraseas EE:
                %s
                [dev-identity] admin of Nordfjord Aqua AS:
                %s
                [dev-identity] user of Nordfjord Aqua AS:
                %s

                """, TOKEN_VALIDITY.toHours(), superAdmin, admin, user);
    }
}
