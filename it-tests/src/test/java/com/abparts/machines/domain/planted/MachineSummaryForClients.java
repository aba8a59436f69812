package com.abparts.machines.domain.planted;

import com.abparts.machines.api.web.planted.PlantedMachineDto;

/** Planted violation: a domain type that builds a web DTO. */
public class MachineSummaryForClients {

    PlantedMachineDto summarize(String name) {
        return new PlantedMachineDto(name);
    }
}
