package com.abparts.machines.api.configuration;

import com.abparts.machines.domain.machine.FindMachine;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The composition root: the only place that knows both the domain's ports and the adapters that
 * implement them. Domain and persistence classes carry no Spring annotations; they are built here.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    MachineRepository machineRepository(JdbcClient jdbcClient) {
        return new JdbcMachineRepository(jdbcClient);
    }

    @Bean
    FindMachine findMachine(MachineRepository machines) {
        return new FindMachine(machines);
    }
}
