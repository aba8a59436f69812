package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.organization.OrganizationId;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Turns domain machines into their HTTP representation. */
@Mapper
interface MachineResourceMapper {

    MachineResource toResource(Machine machine);

    default UUID toUuid(MachineId id) {
        return id.value();
    }

    default UUID toUuid(OrganizationId id) {
        return id.value();
    }
}
