package com.abparts.machines.api.configuration;

import com.abparts.machines.domain.machine.ChangeMachine;
import com.abparts.machines.domain.machine.DeleteMachine;
import com.abparts.machines.domain.machine.FindMachine;
import com.abparts.machines.domain.machine.ListMachines;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.RegisterMachine;
import com.abparts.machines.domain.machine.ReplaceMachine;
import com.abparts.machines.domain.organization.ChangeOrganization;
import com.abparts.machines.domain.organization.DeleteOrganization;
import com.abparts.machines.domain.organization.FindOrganization;
import com.abparts.machines.domain.organization.ListOrganizations;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.organization.RegisterOrganization;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import com.abparts.machines.persistence.organization.JdbcOrganizationRepository;
import com.abparts.machines.persistence.support.DataExceptionTranslator;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The composition root: the only place that knows both the domain's ports and the adapters that
 * implement them. Domain and persistence classes carry no Spring annotations. The use cases are
 * imported as they are: each has one constructor, which Spring calls with the ports and the clock
 * defined here; a new use case is one more entry in the list.
 */
@Configuration(proxyBeanMethods = false)
@Import({
        RegisterOrganization.class, FindOrganization.class, ListOrganizations.class, ChangeOrganization.class, DeleteOrganization.class,
        RegisterMachine.class, FindMachine.class, ListMachines.class, ReplaceMachine.class, ChangeMachine.class, DeleteMachine.class})
class DomainConfiguration {

    /** Ticks in microseconds, as timestamptz keeps them, so that what a write returns is what a read returns. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Spring Boot's JdbcTemplate, and every JdbcClient on it, translates SQL errors with this one. */
    @Bean
    SQLExceptionTranslator sqlExceptionTranslator(DataSource dataSource) {
        return new DataExceptionTranslator(dataSource);
    }

    @Bean
    OrganizationRepository organizationRepository(JdbcClient jdbcClient) {
        return new JdbcOrganizationRepository(jdbcClient);
    }

    @Bean
    MachineRepository machineRepository(JdbcClient jdbcClient) {
        return new JdbcMachineRepository(jdbcClient);
    }
}
