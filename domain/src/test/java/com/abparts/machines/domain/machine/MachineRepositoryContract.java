package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.organization.OrganizationId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link MachineRepository} must do. Each adapter's test extends this class, and so
 * does the in-memory one the use-case tests rely on, which proves that fake faithful.
 */
public abstract class MachineRepositoryContract {

    private OrganizationId owner;

    /** A repository with no machines in it. */
    protected abstract MachineRepository repository();

    /** Makes an organization with this id exist, for adapters that enforce ownership. */
    protected abstract void givenOrganization(OrganizationId id);

    @BeforeEach
    void givenAnOwner() {
        owner = OrganizationId.newId();
        givenOrganization(owner);
    }

    @Test
    void findsAnAddedMachineWithEveryFieldIntact() {
        Machine machine = aMachine().ownedBy(owner).withModelType("V3.1B").withName("Pier unit 7")
                .withStatus(MachineStatus.MAINTENANCE)
                .lastMaintainedAt(Instant.parse("2025-06-30T23:59:59.999999Z"))
                .nextMaintenanceAt(Instant.parse("2025-12-01T08:00:00Z"))
                .withNotes("Line one\nLine two, with ünïcödé and emoji \uD83D\uDE9C")
                .build();
        MachineRepository machines = repository();

        machines.add(machine);

        assertThat(machines.findById(machine.id())).contains(machine);
    }

    @ParameterizedTest
    @EnumSource(MachineStatus.class)
    void keepsEveryStatus(MachineStatus status) {
        Machine machine = aMachine().ownedBy(owner).withStatus(status).build();
        MachineRepository machines = repository();

        machines.add(machine);

        assertThat(machines.findById(machine.id())).get().extracting(Machine::status).isEqualTo(status);
    }

    @Test
    void keepsAbsentOptionalValuesAbsent() {
        Machine machine = aMachine().ownedBy(owner).purchasedAt(null).withWarrantyUntil(null)
                .lastMaintainedAt(null).nextMaintenanceAt(null).locatedAt(null).withNotes(null).build();
        MachineRepository machines = repository();

        machines.add(machine);

        assertThat(machines.findById(machine.id())).contains(machine);
    }

    @Test
    void findsNothingForAnUnknownId() {
        MachineRepository machines = repository();
        machines.add(aMachine().ownedBy(owner).build());

        assertThat(machines.findById(MachineId.newId())).isEmpty();
    }

    @Test
    void keepsMachinesApart() {
        Machine first = aMachine().ownedBy(owner).withName("First").build();
        Machine second = aMachine().ownedBy(owner).withName("Second").build();
        MachineRepository machines = repository();

        machines.add(first);
        machines.add(second);

        assertThat(machines.findById(first.id())).contains(first);
        assertThat(machines.findById(second.id())).contains(second);
    }
}
