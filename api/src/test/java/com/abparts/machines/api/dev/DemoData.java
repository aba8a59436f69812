package com.abparts.machines.api.dev;

import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.testidentity.TestIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The dev run's demo: the platform operator and two customer organizations with stable ids (those
 * of {@link DemoIds}, which the OpenAPI examples use), a few machines each, and ready-to-paste
 * tokens, valid for 12 hours, for a super admin and for an admin and a user of Nordfjord Aqua.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoData {

    private static final Duration TOKEN_VALIDITY = Duration.ofHours(12);

    @Bean
    ApplicationRunner seedDemoData(OrganizationRepository organizations, MachineRepository machines, Clock clock) {
        return arguments -> {
            Instant now = clock.instant();
            OrganizationId oraseas = organization(organizations, DemoIds.ORASEAS_EE, "Oraseas EE", now);
            OrganizationId nordfjord = organization(organizations, DemoIds.NORDFJORD_AQUA, "Nordfjord Aqua AS", now);
            OrganizationId baltic = organization(organizations, DemoIds.BALTIC_NETS, "Baltic Nets OÜ", now);
            machine(machines, DemoIds.NORDFJORD_HARBOUR_UNIT, nordfjord, "V4.0", "Harbour unit 1", "NA-2023-0001", MachineStatus.ACTIVE, now);
            machine(machines, "0a5e0000-0000-4000-8000-000000000102", nordfjord, "V4.0", "Harbour unit 2", "NA-2023-0002", MachineStatus.MAINTENANCE, now);
            machine(machines, "0a5e0000-0000-4000-8000-000000000103", nordfjord, "V3.1B", "Outer pen unit", "NA-2021-0007", MachineStatus.ACTIVE, now);
            machine(machines, "0a5e0000-0000-4000-8000-000000000201", baltic, "V4.0", "Riga dock unit", "BN-2024-0001", MachineStatus.ACTIVE, now);
            machine(machines, "0a5e0000-0000-4000-8000-000000000202", baltic, "V3.1B", "Spare unit", "BN-2019-0003", MachineStatus.INACTIVE, now);
            printTokens(oraseas, nordfjord);
        };
    }

    private static OrganizationId organization(OrganizationRepository organizations, String id, String name, Instant now) {
        OrganizationId organizationId = new OrganizationId(UUID.fromString(id));
        if (organizations.findById(organizationId).isEmpty()) {
            organizations.add(Organization.register(organizationId, new OrganizationDetails(name), now));
        }
        return organizationId;
    }

    private static void machine(MachineRepository machines, String id, OrganizationId owner, String model, String name, String serial,
            MachineStatus status, Instant now) {
        MachineId machineId = new MachineId(UUID.fromString(id));
        if (machines.findById(machineId).isEmpty()) {
            machines.add(Machine.register(machineId, new MachineDetails(owner, model, name, serial, status,
                    Instant.parse("2023-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), null,
                    Instant.parse("2026-09-01T08:00:00Z"), "Pier 7", null), now));
        }
    }

    private static void printTokens(OrganizationId oraseas, OrganizationId nordfjord) {
        String superAdmin = TestIdentity.token("oraseas-operator").roles("super_admin").organization(oraseas.value())
                .validFor(TOKEN_VALIDITY).signed();
        String admin = TestIdentity.token("nordfjord-admin").roles("admin").organization(nordfjord.value()).validFor(TOKEN_VALIDITY).signed();
        String user = TestIdentity.token("nordfjord-user").roles("user").organization(nordfjord.value()).validFor(TOKEN_VALIDITY).signed();
        System.out.printf("""

                [dev-identity] Tokens for Swagger UI's Authorize (bearer) or curl -H "Authorization: Bearer <token>", valid for %d hours:
                [dev-identity] super_admin of Oraseas EE:
                %s
                [dev-identity] admin of Nordfjord Aqua AS:
                %s
                [dev-identity] user of Nordfjord Aqua AS:
                %s

                """, TOKEN_VALIDITY.toHours(), superAdmin, admin, user);
    }
}
