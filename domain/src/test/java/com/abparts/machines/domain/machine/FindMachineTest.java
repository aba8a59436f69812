package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import org.junit.jupiter.api.Test;

class FindMachineTest {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final FindMachine findMachine = new FindMachine(machines, organizations);

    @Test
    void findsAKnownMachineWithItsOwner() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        Machine machine = aMachine().ownedBy(owner.id()).build();
        machines.add(machine);

        assertThat(findMachine.byId(machine.id())).isEqualTo(new OwnedMachine(machine, owner));
    }

    @Test
    void rejectsAnUnknownIdNamingIt() {
        MachineId unknown = MachineId.newId();

        assertThatThrownBy(() -> findMachine.byId(unknown))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessage("no machine has the id " + unknown);
    }
}
