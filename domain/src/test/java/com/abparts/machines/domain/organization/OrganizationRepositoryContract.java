package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link OrganizationRepository} must do. Each adapter's test extends this class, and so
 * does the in-memory one the use-case tests rely on, which proves that fake faithful.
 */
public abstract class OrganizationRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00.123456Z");

    /** The repository under test, empty at the start of each test. */
    protected abstract OrganizationRepository organizations();

    /** Makes the organization own a machine, for adapters that know machines. */
    protected abstract void givenAMachineOwnedBy(OrganizationId owner);

    @Test
    void findsAnAddedOrganization() {
        Organization organization = anOrganization().named("Oraseas EE").build();

        organizations().add(organization);

        assertThat(organizations().findById(organization.id())).contains(organization);
        assertThat(organizations().findById(OrganizationId.newId())).isEmpty();
    }

    @Test
    void servesAnOrganizationWrittenUnderOlderRulesExactlyAsStored() {
        Organization old = Organization.register(OrganizationId.newId(), new OrganizationDetails("  "), Instant.parse("2020-01-01T00:00:00Z"));

        organizations().add(old);

        assertThat(organizations().findById(old.id())).contains(old);
    }

    @Test
    void refusesASecondOrganizationWithTheSameName() {
        organizations().add(anOrganization().named("Oraseas EE").build());

        assertThatThrownBy(() -> organizations().add(anOrganization().named("Oraseas EE").build()))
                .isInstanceOf(DuplicateOrganizationNameException.class).hasMessageContaining("Oraseas EE");
    }

    @Test
    void storesARevisionOfTheStoredVersionAndRefusesOneOfAnOlder() {
        Organization organization = anOrganization().named("Old name").build();
        organizations().add(organization);
        Organization renamed = organization.revise(new OrganizationDetails("New name"), T0.plusSeconds(1));

        organizations().update(renamed);

        assertThat(organizations().findById(organization.id())).contains(renamed);
        assertThatThrownBy(() -> organizations().update(organization.revise(new OrganizationDetails("Stale"), T0)))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void refusesARevisionTakingAnotherOrganizationsName() {
        organizations().add(anOrganization().named("Taken").build());
        Organization other = anOrganization().named("Other").build();
        organizations().add(other);

        assertThatThrownBy(() -> organizations().update(other.revise(new OrganizationDetails("Taken"), T0)))
                .isInstanceOf(DuplicateOrganizationNameException.class);
    }

    @Test
    void refusesARevisionOfAnOrganizationThatIsGone() {
        Organization ghost = anOrganization().build();

        assertThatThrownBy(() -> organizations().update(ghost.revise(new OrganizationDetails("Still a ghost"), T0)))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void deletesAtAnyVersionOrAtAnExpectedOneOnly() {
        Organization first = anOrganization().build();
        Organization second = anOrganization().build();
        organizations().add(first);
        organizations().add(second);

        organizations().delete(first.id(), ExpectedVersion.any());
        assertThatThrownBy(() -> organizations().delete(second.id(), ExpectedVersion.of(7)))
                .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> organizations().delete(second.id(), ExpectedVersion.oneOf(Set.of())))
                .isInstanceOf(VersionMismatchException.class);
        organizations().delete(second.id(), ExpectedVersion.oneOf(Set.of(0L, 7L)));

        assertThat(organizations().findById(first.id())).isEmpty();
        assertThat(organizations().findById(second.id())).isEmpty();
        assertThatThrownBy(() -> organizations().delete(first.id(), ExpectedVersion.any()))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void keepsAnOrganizationThatStillOwnsMachines() {
        Organization owner = anOrganization().build();
        organizations().add(owner);
        givenAMachineOwnedBy(owner.id());

        assertThatThrownBy(() -> organizations().delete(owner.id(), ExpectedVersion.any()))
                .isInstanceOf(OrganizationOwnsMachinesException.class);
        assertThat(organizations().findById(owner.id())).isPresent();
    }

    @Test
    void listsOnlyTheOrganizationInTheScope() {
        Organization own = anOrganization().build();
        List.of(anOrganization().build(), own, anOrganization().build()).forEach(organizations()::add);

        assertThat(organizations().list(Scope.of(own.id()), new OrganizationQuery(OrganizationSort.DEFAULT, 10, Optional.empty())))
                .containsExactly(own);
        assertThat(organizations().list(Scope.of(OrganizationId.newId()), new OrganizationQuery(OrganizationSort.DEFAULT, 10, Optional.empty())))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OrganizationSort.Field.class)
    void walksEveryOrganizationOnceThroughItsPagesInEitherDirection(OrganizationSort.Field field) {
        List<Organization> all = IntStream.range(0, 7)
                .mapToObj(i -> anOrganization().named("Organization " + i).createdAt(T0.plusSeconds(i % 3)).build()).toList();
        all.forEach(organizations()::add);

        for (SortDirection direction : SortDirection.values()) {
            OrganizationSort sort = new OrganizationSort(field, direction);
            List<Organization> walked = new ArrayList<>();
            Optional<Position> after = Optional.empty();
            do {
                List<Organization> fetched = organizations().list(Scope.everything(), new OrganizationQuery(sort, 2, after));
                List<Organization> page = fetched.subList(0, Math.min(2, fetched.size()));
                walked.addAll(page);
                after = fetched.size() > 2 ? Optional.of(sort.positionAfter(page.getLast())) : Optional.empty();
            } while (after.isPresent());

            assertThat(walked).as("%s %s", field, direction)
                    .containsExactlyElementsOf(organizations().list(Scope.everything(), new OrganizationQuery(sort, 100, Optional.empty())))
                    .containsExactlyInAnyOrderElementsOf(all);
        }
    }
}
