package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationBuilder;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link MachineRepository} must do. Each adapter's test extends this class, and so
 * does the in-memory one the use-case tests rely on, which proves that fake faithful.
 */
public abstract class MachineRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private OrganizationId owner;

    /** The repository under test, empty at the start of each test. */
    protected abstract MachineRepository machines();

    /** The organizations the machines of {@link #machines()} may belong to. */
    protected abstract OrganizationRepository organizations();

    @BeforeEach
    void givenAnOwner() {
        owner = givenOrganization("Oraseas EE");
    }

    @Test
    void findsAnAddedMachineWithEveryFieldIntact() {
        Machine machine = aMachine().ownedBy(owner).withModelType("V3.1B").withName("Pier unit 7")
                .withStatus(MachineStatus.MAINTENANCE)
                .lastMaintainedAt(Instant.parse("2025-06-30T23:59:59.999999Z"))
                .nextMaintenanceAt(Instant.parse("2025-12-01T08:00:00Z"))
                .withNotes("Line one\nLine two, with ünïcödé and emoji \uD83D\uDE9C")
                .atVersion(3)
                .build();

        machines().add(machine);

        assertThat(found(machine.id())).contains(machine);
    }

    @Test
    void servesAMachineWrittenUnderOlderRulesExactlyAsStoredByIdAndInPages() {
        Machine old = aMachine().ownedBy(owner).withModelType(" V3 ").withName("").withNotes("n".repeat(20_000))
                .purchasedAt(Instant.parse("2024-06-01T00:00:00Z")).withWarrantyUntil(Instant.parse("2024-01-01T00:00:00Z"))
                .buildStored();

        machines().add(old);

        assertThat(found(old.id())).contains(old);
        assertThat(MachineQueries.everyMachineIn(machines())).containsExactly(old);
    }

    @ParameterizedTest
    @EnumSource(MachineStatus.class)
    void keepsEveryStatus(MachineStatus status) {
        Machine machine = aMachine().ownedBy(owner).withStatus(status).build();

        machines().add(machine);

        assertThat(found(machine.id())).get().extracting(found -> found.details().status()).isEqualTo(status);
    }

    @Test
    void keepsAbsentOptionalValuesAbsent() {
        Machine machine = aMachine().ownedBy(owner).purchasedAt(null).withWarrantyUntil(null)
                .lastMaintainedAt(null).nextMaintenanceAt(null).locatedAt(null).withNotes(null).build();

        machines().add(machine);

        assertThat(found(machine.id())).contains(machine);
    }

    @Test
    void findsNothingForAnUnknownId() {
        machines().add(aMachine().ownedBy(owner).build());

        assertThat(found(MachineId.newId())).isEmpty();
    }

    @Test
    void refusesASecondMachineWithTheSameSerialNumber() {
        machines().add(aMachine().ownedBy(owner).withSerialNumber("AB-1").build());
        Machine twin = aMachine().ownedBy(owner).withSerialNumber("AB-1").build();

        assertThatThrownBy(() -> machines().add(twin)).isInstanceOf(DuplicateSerialNumberException.class)
                .hasMessageContaining("AB-1");
        assertThat(found(twin.id())).isEmpty();
    }

    @Test
    void refusesAMachineOfAnUnknownOrganizationNamingTheField() {
        Machine orphan = aMachine().ownedBy(OrganizationId.newId()).build();

        assertThatThrownBy(() -> machines().add(orphan)).isInstanceOfSatisfying(InvalidFieldsException.class,
                error -> assertThat(error.violations()).extracting(FieldViolation::field).containsExactly("customerOrganizationId"));
    }

    @Test
    void storesARevisionOfTheStoredVersion() {
        Machine machine = aMachine().ownedBy(owner).build();
        machines().add(machine);
        Machine revised = machine.revise(aMachine().ownedBy(owner).withName("Renamed").buildDetails(), T0);

        machines().update(revised);

        assertThat(found(machine.id())).contains(revised);
    }

    @Test
    void refusesARevisionOfAnOlderVersion() {
        Machine machine = aMachine().ownedBy(owner).build();
        machines().add(machine);
        machines().update(machine.revise(machine.details(), T0));
        Machine stale = machine.revise(aMachine().ownedBy(owner).withName("Stale").buildDetails(), T0);

        assertThatThrownBy(() -> machines().update(stale)).isInstanceOf(VersionMismatchException.class);
        assertThat(found(machine.id())).get().extracting(Machine::version).isEqualTo(1L);
    }

    @Test
    void refusesARevisionOfAMachineThatIsGone() {
        Machine ghost = aMachine().ownedBy(owner).build().revise(aMachine().ownedBy(owner).buildDetails(), T0);

        assertThatThrownBy(() -> machines().update(ghost)).isInstanceOf(MachineNotFoundException.class);
    }

    @Test
    void refusesARevisionTakingAnotherMachinesSerialNumber() {
        machines().add(aMachine().ownedBy(owner).withSerialNumber("AB-1").build());
        Machine other = aMachine().ownedBy(owner).withSerialNumber("AB-2").build();
        machines().add(other);

        assertThatThrownBy(() -> machines().update(other.revise(aMachine().ownedBy(owner).withSerialNumber("AB-1").buildDetails(), T0)))
                .isInstanceOf(DuplicateSerialNumberException.class);
    }

    @Test
    void deletesAMachineAtAnyVersionOrAtAnExpectedOne() {
        Machine first = aMachine().ownedBy(owner).build();
        Machine second = aMachine().ownedBy(owner).atVersion(4).build();
        Machine third = aMachine().ownedBy(owner).atVersion(2).build();
        List.of(first, second, third).forEach(machines()::add);

        machines().delete(first.id(), ExpectedVersion.any());
        machines().delete(second.id(), ExpectedVersion.of(4));
        machines().delete(third.id(), ExpectedVersion.oneOf(Set.of(1L, 2L)));

        assertThat(found(first.id())).isEmpty();
        assertThat(found(second.id())).isEmpty();
        assertThat(found(third.id())).isEmpty();
    }

    @Test
    void keepsAMachineWhoseDeletionExpectedOtherVersions() {
        Machine machine = aMachine().ownedBy(owner).atVersion(2).build();
        machines().add(machine);

        assertThatThrownBy(() -> machines().delete(machine.id(), ExpectedVersion.of(1))).isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> machines().delete(machine.id(), ExpectedVersion.oneOf(Set.of())))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(found(machine.id())).isPresent();
    }

    @Test
    void cannotDeleteWhatIsNotThere() {
        assertThatThrownBy(() -> machines().delete(MachineId.newId(), ExpectedVersion.any()))
                .isInstanceOf(MachineNotFoundException.class);
        assertThatThrownBy(() -> machines().delete(MachineId.newId(), ExpectedVersion.of(0)))
                .isInstanceOf(MachineNotFoundException.class);
    }

    @Test
    void listsNewestFirstByDefault() {
        Machine older = aMachine().ownedBy(owner).createdAt(T0).build();
        Machine newer = aMachine().ownedBy(owner).createdAt(T0.plusSeconds(60)).build();
        machines().add(older);
        machines().add(newer);

        assertThat(list(MachineFilter.ALL, MachineSort.DEFAULT, 10, Optional.empty())).containsExactly(newer, older);
    }

    @ParameterizedTest
    @EnumSource(SortDirection.class)
    void listsMachinesWithoutANextMaintenanceDateLastInBothDirections(SortDirection direction) {
        Machine none = aMachine().ownedBy(owner).nextMaintenanceAt(null).build();
        Machine early = aMachine().ownedBy(owner).nextMaintenanceAt(T0).build();
        Machine late = aMachine().ownedBy(owner).nextMaintenanceAt(T0.plusSeconds(3600)).build();
        List.of(none, late, early).forEach(machines()::add);

        List<Machine> listed = list(MachineFilter.ALL, new MachineSort(MachineSort.Field.NEXT_MAINTENANCE_DATE, direction), 10, Optional.empty());

        assertThat(listed).containsExactlyElementsOf(direction == SortDirection.ASC ? List.of(early, late, none) : List.of(late, early, none));
    }

    @Test
    void breaksTiesById() {
        List<Machine> sameName = IntStream.range(0, 5).mapToObj(i -> aMachine().ownedBy(owner).withName("Twin").build()).toList();
        sameName.forEach(machines()::add);

        List<Machine> listed = list(MachineFilter.ALL, new MachineSort(MachineSort.Field.NAME, SortDirection.ASC), 10, Optional.empty());

        assertThat(listed).containsExactlyElementsOf(sameName.stream()
                .sorted(Comparator.comparing(machine -> machine.id().value().toString())).toList());
    }

    @ParameterizedTest
    @EnumSource(MachineSort.Field.class)
    void walksEveryMachineOnceThroughItsPagesInEitherDirection(MachineSort.Field field) {
        List<Machine> all = IntStream.range(0, 7).mapToObj(i -> aMachine().ownedBy(owner)
                .withName("Unit " + (i % 3))
                .createdAt(T0.plusSeconds(i % 4))
                .nextMaintenanceAt(i % 3 == 0 ? null : T0.plusSeconds(i % 2))
                .build()).toList();
        all.forEach(machines()::add);

        for (SortDirection direction : SortDirection.values()) {
            MachineSort sort = new MachineSort(field, direction);
            List<Machine> walked = new ArrayList<>();
            Optional<Position> after = Optional.empty();
            do {
                List<Machine> fetched = list(MachineFilter.ALL, sort, 3, after);
                List<Machine> page = fetched.subList(0, Math.min(3, fetched.size()));
                walked.addAll(page);
                after = fetched.size() > 3 ? Optional.of(sort.positionAfter(page.getLast())) : Optional.empty();
            } while (after.isPresent());

            assertThat(walked).as("%s %s", field, direction)
                    .containsExactlyElementsOf(list(MachineFilter.ALL, sort, 100, Optional.empty()))
                    .containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void filtersByAnyOfTheStatusesAndEveryOtherGivenCondition() {
        OrganizationId otherOwner = givenOrganization("Other owner");
        Machine wanted = aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.MAINTENANCE)
                .nextMaintenanceAt(T0).withWarrantyUntil(T0).purchasedAt(null).build();
        Machine alsoWanted = aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.ACTIVE)
                .nextMaintenanceAt(T0).withWarrantyUntil(T0).purchasedAt(null).build();
        List<Machine> unwanted = List.of(
                aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.INACTIVE).nextMaintenanceAt(T0).withWarrantyUntil(T0).purchasedAt(null).build(),
                aMachine().ownedBy(otherOwner).withModelType("V4.0").withStatus(MachineStatus.ACTIVE).nextMaintenanceAt(T0).withWarrantyUntil(T0).purchasedAt(null).build(),
                aMachine().ownedBy(owner).withModelType("V3.1B").withStatus(MachineStatus.ACTIVE).nextMaintenanceAt(T0).withWarrantyUntil(T0).purchasedAt(null).build(),
                aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.ACTIVE).nextMaintenanceAt(T0.plusSeconds(1)).withWarrantyUntil(T0).purchasedAt(null).build(),
                aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.ACTIVE).nextMaintenanceAt(null).withWarrantyUntil(T0).purchasedAt(null).build(),
                aMachine().ownedBy(owner).withModelType("V4.0").withStatus(MachineStatus.ACTIVE).nextMaintenanceAt(T0).withWarrantyUntil(null).purchasedAt(null).build());
        machines().add(wanted);
        machines().add(alsoWanted);
        unwanted.forEach(machines()::add);

        MachineFilter filter = new MachineFilter(Set.of(MachineStatus.ACTIVE, MachineStatus.MAINTENANCE), Optional.of(owner),
                Optional.of("V4.0"), Optional.of(T0.plusSeconds(1)), Optional.of(T0.plusSeconds(1)));

        assertThat(list(filter, MachineSort.DEFAULT, 10, Optional.empty())).containsExactlyInAnyOrder(wanted, alsoWanted);
    }

    @Test
    void listsOnlyTheMachinesInTheScopePageAfterPage() {
        OrganizationId otherOwner = givenOrganization("Other owner");
        List<Machine> owned = IntStream.range(0, 5).mapToObj(i -> aMachine().ownedBy(owner).createdAt(T0.plusSeconds(2 * i)).build()).toList();
        List<Machine> others = IntStream.range(0, 5).mapToObj(i -> aMachine().ownedBy(otherOwner).createdAt(T0.plusSeconds(2 * i + 1)).build()).toList();
        owned.forEach(machines()::add);
        others.forEach(machines()::add);

        List<Machine> firstPage = machines(machines().list(Scope.of(owner), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 3, Optional.empty())));
        List<Machine> secondPage = machines(machines().list(Scope.of(owner), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 3,
                Optional.of(MachineSort.DEFAULT.positionAfter(firstPage.get(2))))));
        List<Machine> ofTheOtherOwnerInScope = machines(machines().list(Scope.of(owner), new MachineQuery(new MachineFilter(Set.of(),
                Optional.of(otherOwner), Optional.empty(), Optional.empty(), Optional.empty()), MachineSort.DEFAULT, 10, Optional.empty())));

        assertThat(firstPage).containsExactly(owned.get(4), owned.get(3), owned.get(2), owned.get(1));
        assertThat(secondPage).containsExactly(owned.get(1), owned.get(0));
        assertThat(ofTheOtherOwnerInScope).isEmpty();
    }

    @Test
    void answersEveryMachineWithItsOwner() {
        Organization other = OrganizationBuilder.anOrganization().named("Other owner").build();
        organizations().add(other);
        Organization first = organizations().findById(owner).orElseThrow();
        Machine ofFirst = aMachine().ownedBy(owner).createdAt(T0).build();
        Machine ofOther = aMachine().ownedBy(other.id()).createdAt(T0.plusSeconds(1)).build();

        assertThat(machines().add(ofFirst)).isEqualTo(new OwnedMachine(ofFirst, first));
        assertThat(machines().add(ofOther)).isEqualTo(new OwnedMachine(ofOther, other));
        assertThat(machines().findById(ofOther.id())).contains(new OwnedMachine(ofOther, other));
        assertThat(machines().list(Scope.everything(), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, 10, Optional.empty())))
                .containsExactly(new OwnedMachine(ofOther, other), new OwnedMachine(ofFirst, first));
    }

    @Test
    void answersARevisionWithTheOwnerItMovedTo() {
        Organization other = OrganizationBuilder.anOrganization().named("Other owner").build();
        organizations().add(other);
        Machine machine = aMachine().ownedBy(owner).build();
        machines().add(machine);
        Machine moved = machine.revise(aMachine().ownedBy(other.id()).buildDetails(), T0);

        assertThat(machines().update(moved)).isEqualTo(new OwnedMachine(moved, other));
        assertThat(machines().findById(machine.id())).contains(new OwnedMachine(moved, other));
    }

    @Test
    void refusesARevisionToAnUnknownOrganizationNamingTheField() {
        Machine machine = aMachine().ownedBy(owner).build();
        machines().add(machine);
        Machine orphaned = machine.revise(aMachine().ownedBy(OrganizationId.newId()).buildDetails(), T0);

        assertThatThrownBy(() -> machines().update(orphaned)).isInstanceOfSatisfying(InvalidFieldsException.class,
                error -> assertThat(error.violations()).extracting(FieldViolation::field).containsExactly("customerOrganizationId"));
        assertThat(found(machine.id())).contains(machine);
    }

    private Optional<Machine> found(MachineId id) {
        return machines().findById(id).map(OwnedMachine::machine);
    }

    private List<Machine> list(MachineFilter filter, MachineSort sort, int limit, Optional<Position> after) {
        return machines(machines().list(Scope.everything(), new MachineQuery(filter, sort, limit, after)));
    }

    private static List<Machine> machines(List<OwnedMachine> owned) {
        return owned.stream().map(OwnedMachine::machine).toList();
    }

    private OrganizationId givenOrganization(String name) {
        Organization organization = OrganizationBuilder.anOrganization().named(name).build();
        organizations().add(organization);
        return organization.id();
    }
}
