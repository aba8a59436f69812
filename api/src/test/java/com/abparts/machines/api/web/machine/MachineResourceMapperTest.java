package com.abparts.machines.api.web.machine;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.domain.organization.OrganizationId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class MachineResourceMapperTest {

    private final MachineResourceMapper mapper = Mappers.getMapper(MachineResourceMapper.class);

    @Test
    void mapsEveryFieldOfAnOwnedMachine() {
        Instant created = Instant.parse("2025-07-25T14:25:00Z");
        Organization owner = Organization.register(OrganizationId.newId(), new OrganizationDetails("Oraseas EE"), created);
        MachineDetails details = new MachineDetails(owner.id(), "V4.0", "Unit", "AB-1", MachineStatus.MAINTENANCE,
                created, created.plusSeconds(1), created.plusSeconds(2), created.plusSeconds(3), "Pier 7", "Notes");
        Machine machine = new Machine(MachineId.newId(), details, created, created.plusSeconds(9), 4);

        MachineResource resource = mapper.toResource(new OwnedMachine(machine, owner));

        assertThat(resource).isEqualTo(new MachineResource(machine.id().value(), owner.id().value(),
                new MachineResource.OwnerResource(owner.id().value(), "Oraseas EE"), "V4.0", "Unit", "AB-1",
                MachineStatusValue.MAINTENANCE, created, created.plusSeconds(1), created.plusSeconds(2), created.plusSeconds(3),
                "Pier 7", "Notes", created, created.plusSeconds(9), 4));
    }
}
