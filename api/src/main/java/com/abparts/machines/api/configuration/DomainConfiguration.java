package com.abparts.machines.api.configuration;

import com.abparts.machines.domain.machine.DeleteMachine;
import com.abparts.machines.domain.machine.FindMachine;
import com.abparts.machines.domain.machine.ListMachines;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.RegisterMachine;
import com.abparts.machines.domain.machine.UpdateMachine;
import com.abparts.machines.domain.organization.DeleteOrganization;
import com.abparts.machines.domain.organization.FindOrganization;
import com.abparts.machines.domain.organization.ListOrganizations;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.organization.RegisterOrganization;
import com.abparts.machines.domain.organization.RenameOrganization;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.persistence.organization.JdbcOrganizationRepository;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The composition root: the only place that knows both the domain's ports and the adapters that
 * implement them. Domain and persistence classes carry no Spring annotations; they are built here.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /** Ticks in microseconds, as timestamptz keeps them, so that what a write returns is what a read returns. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    OrganizationRepository organizationRepository(JdbcClient jdbcClient) {
        return new JdbcOrganizationRepository(jdbcClient);
    }

    @Bean
    MachineRepository machineRepository(JdbcClient jdbcClient) {
        return new JdbcMachineRepository(jdbcClient);
    }

    @Bean
    RegisterOrganization registerOrganization(OrganizationRepository organizations, Clock clock) {
        return new RegisterOrganization(organizations, clock);
    }

    @Bean
    FindOrganization findOrganization(OrganizationRepository organizations) {
        return new FindOrganization(organizations);
    }

    @Bean
    ListOrganizations listOrganizations(OrganizationRepository organizations) {
        return new ListOrganizations(organizations);
    }

    @Bean
    RenameOrganization renameOrganization(OrganizationRepository organizations, Clock clock) {
        return new RenameOrganization(organizations, clock);
    }

    @Bean
    DeleteOrganization deleteOrganization(OrganizationRepository organizations) {
        return new DeleteOrganization(organizations);
    }

    @Bean
    RegisterMachine registerMachine(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        return new RegisterMachine(machines, organizations, clock);
    }

    @Bean
    FindMachine findMachine(MachineRepository machines, OrganizationRepository organizations) {
        return new FindMachine(machines, organizations);
    }

    @Bean
    ListMachines listMachines(MachineRepository machines, OrganizationRepository organizations) {
        return new ListMachines(machines, organizations);
    }

    @Bean
    UpdateMachine updateMachine(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        return new UpdateMachine(machines, organizations, clock);
    }

    @Bean
    DeleteMachine deleteMachine(MachineRepository machines) {
        return new DeleteMachine(machines);
    }
}
