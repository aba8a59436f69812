package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplaceMachineTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final ReplaceMachine replaceMachine = new ReplaceMachine(machines, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Organization owner = anOrganization().build();
    private final Machine machine = aMachine().ownedBy(owner.id()).withName("Before").build();

    @BeforeEach
    void givenAMachine() {
        organizations.add(owner);
        machines.add(machine);
    }

    @Test
    void replacesTheDetailsOneVersionLater() {
        MachineDetails details = aMachine().ownedBy(owner.id()).withName("After").purchasedAt(null).buildDetails();

        OwnedMachine replaced = replaceMachine.replace(Callers.platformOperator(), new ReplaceMachine.Command(machine.id(), details, ExpectedVersion.of(0)));

        assertThat(replaced).isEqualTo(new OwnedMachine(new Machine(machine.id(), details, machine.createdAt(), NOW, 1), owner));
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(replaced.machine());
    }

    @Test
    void replacesAMachineAtOneOfTheExpectedVersions() {
        MachineDetails details = aMachine().ownedBy(owner.id()).buildDetails();

        assertThat(replaceMachine.replace(Callers.platformOperator(), new ReplaceMachine.Command(machine.id(), details, ExpectedVersion.oneOf(Set.of(4L, 0L))))
                .machine().version()).isEqualTo(1);
    }

    @Test
    void refusesAReplacementOfAVersionThatIsNotCurrentChangingNothing() {
        assertThatThrownBy(() -> replaceMachine.replace(Callers.platformOperator(), new ReplaceMachine.Command(machine.id(),
                aMachine().ownedBy(owner.id()).buildDetails(), ExpectedVersion.of(5))))
                .isInstanceOf(VersionMismatchException.class)
                .hasMessage("machine " + machine.id() + " is not at version 5");
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(machine);
    }

    @Test
    void refusesAnUnknownMachine() {
        assertThatThrownBy(() -> replaceMachine.replace(Callers.platformOperator(), new ReplaceMachine.Command(MachineId.newId(),
                aMachine().ownedBy(owner.id()).buildDetails(), ExpectedVersion.any())))
                .isInstanceOf(MachineNotFoundException.class);
    }

    @Test
    void refusesAnUnknownOwnerOnTheOwnerField() {
        MachineDetails details = aMachine().ownedBy(OrganizationId.newId()).buildDetails();

        assertThatThrownBy(() -> replaceMachine.replace(Callers.platformOperator(), new ReplaceMachine.Command(machine.id(), details, ExpectedVersion.any())))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        error -> assertThat(error.violations().getFirst().field()).isEqualTo("customerOrganizationId"));
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(machine);
    }
}
