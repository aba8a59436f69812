package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.failure.VersionMismatchException;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateMachineTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final UpdateMachine updateMachine = new UpdateMachine(machines, organizations, Clock.fixed(NOW, ZoneOffset.UTC));
    private Organization owner;
    private Machine machine;

    @BeforeEach
    void givenAMachine() {
        owner = Organization.register(OrganizationId.newId(), "Oraseas EE", NOW);
        organizations.add(owner);
        machine = aMachine().ownedBy(owner.id()).withName("Before").build();
        machines.add(machine);
    }

    @Test
    void replacesTheDetailsOneVersionLater() {
        MachineDetails details = aMachine().ownedBy(owner.id()).withName("After").buildDetails();

        OwnedMachine updated = updateMachine.replace(machine.id(), details, OptionalLong.of(0));

        assertThat(updated.machine().details()).isEqualTo(details);
        assertThat(updated.machine().version()).isEqualTo(1);
        assertThat(updated.machine().updatedAt()).isEqualTo(NOW);
        assertThat(updated.machine().createdAt()).isEqualTo(machine.createdAt());
        assertThat(machines.findById(machine.id())).contains(updated.machine());
    }

    @Test
    void refusesAChangeOfAVersionThatIsNotCurrent() {
        assertThatThrownBy(() -> updateMachine.replace(machine.id(), machine.details(), OptionalLong.of(5)))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(machines.findById(machine.id())).contains(machine);
    }

    @Test
    void appliesAChangeThatLostARaceAgainToTheNewerDetails() {
        AtomicBoolean raced = new AtomicBoolean();

        OwnedMachine updated = updateMachine.change(machine.id(), current -> {
            if (raced.compareAndSet(false, true)) {
                machines.update(machines.findById(machine.id()).orElseThrow()
                        .revise(aMachine().ownedBy(owner.id()).withName("Other writer").withSerialNumber(current.serialNumber()).buildDetails(), NOW));
            }
            return new MachineDetails(current.customerOrganizationId(), current.modelType(), current.name(), current.serialNumber(),
                    MachineStatus.MAINTENANCE, current.purchaseDate(), current.warrantyExpiryDate(),
                    current.lastMaintenanceDate(), current.nextMaintenanceDate(), current.location(), current.notes());
        }, OptionalLong.empty());

        assertThat(updated.machine().details().name()).isEqualTo("Other writer");
        assertThat(updated.machine().details().status()).isEqualTo(MachineStatus.MAINTENANCE);
        assertThat(updated.machine().version()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownOwnerOnTheOwnerField() {
        MachineDetails details = aMachine().ownedBy(OrganizationId.newId()).buildDetails();

        assertThatThrownBy(() -> updateMachine.replace(machine.id(), details, OptionalLong.empty()))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        error -> assertThat(error.violations().getFirst().field()).isEqualTo("customerOrganizationId"));
    }
}
