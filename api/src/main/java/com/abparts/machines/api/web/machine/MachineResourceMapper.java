package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.OrganizationId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** From domain machines to their HTTP representation. */
@Mapper
interface MachineResourceMapper {

    @Mapping(target = "id", source = "machine.id")
    @Mapping(target = ".", source = "machine.details")
    @Mapping(target = "customerOrganization.id", source = "owner.id")
    @Mapping(target = "customerOrganization.name", source = "owner.details.name")
    @Mapping(target = "createdAt", source = "machine.createdAt")
    @Mapping(target = "updatedAt", source = "machine.updatedAt")
    @Mapping(target = "version", source = "machine.version")
    MachineResource toResource(OwnedMachine ownedMachine);

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
