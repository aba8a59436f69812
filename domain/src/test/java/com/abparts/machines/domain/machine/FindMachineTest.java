package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import org.junit.jupiter.api.Test;

class FindMachineTest {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final FindMachine findMachine = new FindMachine(machines);

    @Test
    void findsAKnownMachineWithItsOwner() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        Machine machine = aMachine().ownedBy(owner.id()).build();
        machines.add(machine);

        assertThat(findMachine.byId(Callers.platformOperator(), machine.id())).isEqualTo(new OwnedMachine(machine, owner));
    }

    @Test
    void showsAMachineToTheStaffOfItsOwnerOnly() {
        Organization owner = anOrganization().build();
        Organization other = anOrganization().build();
        organizations.add(owner);
        organizations.add(other);
        Machine machine = aMachine().ownedBy(owner.id()).build();
        machines.add(machine);

        assertThat(findMachine.byId(Callers.userOf(owner.id()), machine.id()).machine()).isEqualTo(machine);
        assertThatThrownBy(() -> findMachine.byId(Callers.adminOf(other.id()), machine.id()))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessage("no machine has the id " + machine.id());
    }

    @Test
    void rejectsAnUnknownIdNamingIt() {
        MachineId unknown = MachineId.newId();

        assertThatThrownBy(() -> findMachine.byId(Callers.platformOperator(), unknown))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessage("no machine has the id " + unknown);
    }
}
