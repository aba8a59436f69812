package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.OrganizationId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between domain machines and their HTTP representations. */
@Mapper
interface MachineResourceMapper {

    @Mapping(target = "id", source = "machine.id")
    @Mapping(target = ".", source = "machine.details")
    @Mapping(target = "customerOrganization", source = "owner")
    @Mapping(target = "createdAt", source = "machine.createdAt")
    @Mapping(target = "updatedAt", source = "machine.updatedAt")
    @Mapping(target = "version", source = "machine.version")
    MachineResource toResource(OwnedMachine ownedMachine);

    MachineInput toInput(MachineDetails details);

    default UUID toUuid(MachineId id) {
        return id.value();
    }

    default UUID toUuid(OrganizationId id) {
        return id.value();
    }

    default MachineStatusValue toValue(MachineStatus status) {
        return MachineStatusValue.of(status);
    }
}
