package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.machine.MachineChangeBuilder.aChange;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeMachineTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final ChangeMachine changeMachine = new ChangeMachine(machines, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Organization owner = anOrganization().build();
    private final Machine machine = aMachine().ownedBy(owner.id()).withName("Before").locatedAt("Pier 7").build();

    @BeforeEach
    void givenAMachine() {
        organizations.add(owner);
        machines.add(machine);
    }

    @Test
    void changesTheFieldsNamedAndKeepsTheOthersOneVersionLater() {
        OwnedMachine changed = change(aChange().settingStatus(MachineStatus.MAINTENANCE).clearingTheLocation().build(),
                ExpectedVersion.of(0));

        MachineDetails before = machine.details();
        assertThat(changed.machine().details()).isEqualTo(new MachineDetails(before.customerOrganizationId(), before.modelType(),
                before.name(), before.serialNumber(), MachineStatus.MAINTENANCE, before.purchaseDate(), before.warrantyExpiryDate(),
                before.lastMaintenanceDate(), before.nextMaintenanceDate(), null, before.notes()));
        assertThat(changed.machine().version()).isEqualTo(1);
        assertThat(changed.machine().updatedAt()).isEqualTo(NOW);
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(changed.machine());
    }

    @Test
    void changesAMachineStoredUnderOlderRulesOnWhatTheChangeSetsKeepingTheRestAsStored() {
        Machine old = aMachine().ownedBy(owner.id()).withName("").withNotes("n".repeat(20_000)).buildStored();
        machines.add(old);

        OwnedMachine changed = changeMachine.change(Callers.platformOperator(),
                new ChangeMachine.Command(old.id(), aChange().clearingTheLocation().build(), ExpectedVersion.any()));

        assertThat(changed.machine().details().name()).isEmpty();
        assertThat(changed.machine().details().notes()).isEqualTo(old.details().notes());
        assertThat(changed.machine().details().location()).isNull();
    }

    @Test
    void refusesClearingRequiredFieldsAndBreakingACrossFieldRuleNamingEveryField() {
        MachineChange change = aChange().clearingTheName().clearingTheStatus()
                .purchasedAt(machine.details().warrantyExpiryDate().plusSeconds(1)).build();

        assertThatThrownBy(() -> change(change, ExpectedVersion.any()))
                .isInstanceOfSatisfying(InvalidFieldsException.class, error -> assertThat(error.violations()).containsExactly(
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("status", "must not be null"),
                        new FieldViolation("warrantyExpiryDate", "must not be before purchaseDate")));
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(machine);
    }

    @Test
    void appliesAChangeThatLostARaceAgainToTheNewerDetails() {
        machines.beforeNextRevision(() -> machines.update(machine.revise(aMachine().ownedBy(owner.id()).withName("Other writer")
                .withSerialNumber(machine.details().serialNumber()).buildDetails(), NOW)));

        OwnedMachine changed = change(aChange().settingStatus(MachineStatus.MAINTENANCE).build(), ExpectedVersion.any());

        assertThat(changed.machine().details().name()).isEqualTo("Other writer");
        assertThat(changed.machine().details().status()).isEqualTo(MachineStatus.MAINTENANCE);
        assertThat(changed.machine().version()).isEqualTo(2);
    }

    @Test
    void refusesAChangeThatLostARaceWhenItNamedTheVersion() {
        Machine otherWriters = machine.revise(aMachine().ownedBy(owner.id()).withSerialNumber(machine.details().serialNumber())
                .buildDetails(), NOW);
        machines.beforeNextRevision(() -> machines.update(otherWriters));

        assertThatThrownBy(() -> change(aChange().renaming("Mine").build(), ExpectedVersion.of(0)))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(MachineQueries.storedIn(machines, machine.id())).contains(otherWriters);
    }

    @Test
    void refusesAnUnknownMachine() {
        assertThatThrownBy(() -> changeMachine.change(Callers.platformOperator(), new ChangeMachine.Command(MachineId.newId(), aChange().build(), ExpectedVersion.any())))
                .isInstanceOf(MachineNotFoundException.class);
    }

    private OwnedMachine change(MachineChange change, ExpectedVersion expected) {
        return changeMachine.change(Callers.platformOperator(), new ChangeMachine.Command(machine.id(), change, expected));
    }
}
