package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.NotPermittedException;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Role;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterMachineTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final RegisterMachine registerMachine = new RegisterMachine(machines, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void registersANewMachineAtVersionZeroWithItsOwner() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        MachineDetails details = aMachine().ownedBy(owner.id()).buildDetails();

        OwnedMachine registered = registerMachine.register(Callers.platformOperator(), new RegisterMachine.Command(details));

        assertThat(registered.owner()).isEqualTo(owner);
        assertThat(registered.machine().details()).isEqualTo(details);
        assertThat(registered.machine().version()).isZero();
        assertThat(registered.machine().createdAt()).isEqualTo(NOW).isEqualTo(registered.machine().updatedAt());
        assertThat(MachineQueries.storedIn(machines, registered.machine().id())).contains(registered.machine());
    }

    @Test
    void refusesAnUnknownOwnerOnTheOwnerFieldKeepingNothing() {
        OrganizationId unknown = OrganizationId.newId();

        assertThatThrownBy(() -> registerMachine.register(Callers.platformOperator(), new RegisterMachine.Command(aMachine().ownedBy(unknown).buildDetails())))
                .isInstanceOfSatisfying(InvalidFieldsException.class, error -> assertThat(error.violations())
                        .containsExactly(new FieldViolation("customerOrganizationId", "no organization has the id " + unknown)));
        assertThat(MachineQueries.everyMachineIn(machines)).isEmpty();
    }

    @Test
    void refusesStaffOfTheOwnerNamingTheRoleNeeded() {
        Organization owner = anOrganization().build();
        organizations.add(owner);

        for (Caller staff : List.of(Callers.adminOf(owner.id()), Callers.userOf(owner.id()))) {
            assertThatThrownBy(() -> registerMachine.register(staff, new RegisterMachine.Command(aMachine().ownedBy(owner.id()).buildDetails())))
                    .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.needed()).isEqualTo(Role.SUPER_ADMIN));
        }
        assertThat(MachineQueries.everyMachineIn(machines)).isEmpty();
    }

    @Test
    void refusesASecondMachineWithTheSameSerialNumber() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        registerMachine.register(Callers.platformOperator(),
                new RegisterMachine.Command(aMachine().ownedBy(owner.id()).withSerialNumber("AB-1").buildDetails()));

        assertThatThrownBy(() -> registerMachine.register(Callers.platformOperator(),
                new RegisterMachine.Command(aMachine().ownedBy(owner.id()).withSerialNumber("AB-1").buildDetails())))
                .isInstanceOf(DuplicateSerialNumberException.class);
        assertThat(MachineQueries.everyMachineIn(machines)).hasSize(1);
    }
}
