package com.abparts.machines.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.failure.VersionMismatchException;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link OrganizationRepository} must do; extended by each adapter's test and by the in-memory one. */
public abstract class OrganizationRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00.123456Z");

    /** The repository under test, empty at the start of each test. */
    protected abstract OrganizationRepository organizations();

    /** Makes the organization own a machine, for adapters that know machines. */
    protected abstract void givenAMachineOwnedBy(OrganizationId owner);

    @Test
    void findsAnAddedOrganization() {
        Organization organization = anOrganization("Oraseas EE", T0);

        organizations().add(organization);

        assertThat(organizations().findById(organization.id())).contains(organization);
        assertThat(organizations().findById(OrganizationId.newId())).isEmpty();
    }

    @Test
    void findsSeveralByIdSkippingUnknownOnes() {
        Organization first = anOrganization("First", T0);
        Organization second = anOrganization("Second", T0);
        organizations().add(first);
        organizations().add(second);

        assertThat(organizations().findAllById(Set.of(first.id(), second.id(), OrganizationId.newId())))
                .containsOnlyKeys(first.id(), second.id())
                .containsEntry(first.id(), first);
    }

    @Test
    void refusesASecondOrganizationWithTheSameName() {
        organizations().add(anOrganization("Oraseas EE", T0));

        assertThatThrownBy(() -> organizations().add(anOrganization("Oraseas EE", T0)))
                .isInstanceOf(DuplicateOrganizationNameException.class).hasMessageContaining("Oraseas EE");
    }

    @Test
    void storesARenameOfTheStoredVersionAndRefusesOneOfAnOlder() {
        Organization organization = anOrganization("Old name", T0);
        organizations().add(organization);
        Organization renamed = organization.rename("New name", T0.plusSeconds(1));

        organizations().update(renamed);

        assertThat(organizations().findById(organization.id())).contains(renamed);
        assertThatThrownBy(() -> organizations().update(organization.rename("Stale", T0)))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void refusesARenameToATakenName() {
        organizations().add(anOrganization("Taken", T0));
        Organization other = anOrganization("Other", T0);
        organizations().add(other);

        assertThatThrownBy(() -> organizations().update(other.rename("Taken", T0)))
                .isInstanceOf(DuplicateOrganizationNameException.class);
    }

    @Test
    void refusesARenameOfAnOrganizationThatIsGone() {
        assertThatThrownBy(() -> organizations().update(anOrganization("Ghost", T0).rename("Still a ghost", T0)))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void deletesAtAnyVersionOrAtTheExpectedOneOnly() {
        Organization first = anOrganization("First", T0);
        Organization second = anOrganization("Second", T0);
        organizations().add(first);
        organizations().add(second);

        organizations().delete(first.id(), OptionalLong.empty());
        assertThatThrownBy(() -> organizations().delete(second.id(), OptionalLong.of(7)))
                .isInstanceOf(VersionMismatchException.class);
        organizations().delete(second.id(), OptionalLong.of(0));

        assertThat(organizations().findById(first.id())).isEmpty();
        assertThat(organizations().findById(second.id())).isEmpty();
        assertThatThrownBy(() -> organizations().delete(first.id(), OptionalLong.empty()))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void keepsAnOrganizationThatStillOwnsMachines() {
        Organization owner = anOrganization("Owner", T0);
        organizations().add(owner);
        givenAMachineOwnedBy(owner.id());

        assertThatThrownBy(() -> organizations().delete(owner.id(), OptionalLong.empty()))
                .isInstanceOf(OrganizationOwnsMachinesException.class);
        assertThat(organizations().findById(owner.id())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(OrganizationSort.Field.class)
    void walksEveryOrganizationOnceThroughItsPagesInEitherDirection(OrganizationSort.Field field) {
        List<Organization> all = IntStream.range(0, 7)
                .mapToObj(i -> anOrganization("Organization " + i, T0.plusSeconds(i % 3))).toList();
        all.forEach(organizations()::add);

        for (SortDirection direction : SortDirection.values()) {
            OrganizationSort sort = new OrganizationSort(field, direction);
            List<Organization> walked = new ArrayList<>();
            Optional<Position> after = Optional.empty();
            do {
                List<Organization> fetched = organizations().list(new OrganizationQuery(sort, 2, after));
                List<Organization> page = fetched.subList(0, Math.min(2, fetched.size()));
                walked.addAll(page);
                after = fetched.size() > 2 ? Optional.of(sort.positionAfter(page.getLast())) : Optional.empty();
            } while (after.isPresent());

            assertThat(walked).as("%s %s", field, direction)
                    .containsExactlyElementsOf(organizations().list(new OrganizationQuery(sort, 100, Optional.empty())))
                    .containsExactlyInAnyOrderElementsOf(all);
        }
    }

    private static Organization anOrganization(String name, Instant createdAt) {
        return Organization.register(OrganizationId.newId(), name, createdAt);
    }
}
