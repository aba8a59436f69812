package com.abparts.machines.api.planted;

import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.persistence.machine.JdbcMachineRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Planted violation: api code outside the composition root that picks a persistence adapter. */
public class ServiceBuildingItsOwnRepository {

    MachineRepository machines(JdbcClient jdbc) {
        return new JdbcMachineRepository(jdbc);
    }
}
