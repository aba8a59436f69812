package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteMachineTest {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final DeleteMachine deleteMachine = new DeleteMachine(machines);
    private final Organization owner = anOrganization().build();
    private final Machine machine = aMachine().ownedBy(owner.id()).atVersion(3).build();

    @BeforeEach
    void givenAMachine() {
        organizations.add(owner);
        machines.add(machine);
    }

    @Test
    void deletesAMachineAtTheExpectedVersion() {
        deleteMachine.delete(Callers.platformOperator(), new DeleteMachine.Command(machine.id(), ExpectedVersion.of(3)));

        assertThat(MachineQueries.storedIn(machines, machine.id())).isEmpty();
    }

    @Test
    void keepsAMachineAtAnotherVersion() {
        assertThatThrownBy(() -> deleteMachine.delete(Callers.platformOperator(), new DeleteMachine.Command(machine.id(), ExpectedVersion.of(2))))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(machine);
    }

    @Test
    void refusesAnUnknownMachine() {
        assertThatThrownBy(() -> deleteMachine.delete(Callers.platformOperator(), new DeleteMachine.Command(MachineId.newId(), ExpectedVersion.any())))
                .isInstanceOf(MachineNotFoundException.class);
    }
}
