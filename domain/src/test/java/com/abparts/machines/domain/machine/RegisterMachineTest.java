package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegisterMachineTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final RegisterMachine registerMachine = new RegisterMachine(machines, organizations, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void registersANewMachineAtVersionZeroWithItsOwner() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        MachineDetails details = aMachine().ownedBy(owner.id()).buildDetails();

        OwnedMachine registered = registerMachine.register(new RegisterMachine.Command(details));

        assertThat(registered.owner()).isEqualTo(owner);
        assertThat(registered.machine().details()).isEqualTo(details);
        assertThat(registered.machine().version()).isZero();
        assertThat(registered.machine().createdAt()).isEqualTo(NOW).isEqualTo(registered.machine().updatedAt());
        assertThat(machines.findById(registered.machine().id())).contains(registered.machine());
    }

    @Test
    void refusesAnUnknownOwnerOnTheOwnerFieldKeepingNothing() {
        OrganizationId unknown = OrganizationId.newId();

        assertThatThrownBy(() -> registerMachine.register(new RegisterMachine.Command(aMachine().ownedBy(unknown).buildDetails())))
                .isInstanceOfSatisfying(InvalidFieldsException.class, error -> assertThat(error.violations())
                        .containsExactly(new FieldViolation("customerOrganizationId", "no organization has the id " + unknown)));
        assertThat(machines.list(MachineQueries.everything())).isEmpty();
    }

    @Test
    void refusesASecondMachineWithTheSameSerialNumber() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        registerMachine.register(new RegisterMachine.Command(aMachine().ownedBy(owner.id()).withSerialNumber("AB-1").buildDetails()));

        assertThatThrownBy(() -> registerMachine.register(
                new RegisterMachine.Command(aMachine().ownedBy(owner.id()).withSerialNumber("AB-1").buildDetails())))
                .isInstanceOf(DuplicateSerialNumberException.class);
        assertThat(machines.list(MachineQueries.everything())).hasSize(1);
    }
}
