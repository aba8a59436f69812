package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.paging.Page;
import com.abparts.machines.domain.paging.SortDirection;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListOrganizationsTest {

    private static final OrganizationSort BY_NAME = new OrganizationSort(OrganizationSort.Field.NAME, SortDirection.ASC);

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final ListOrganizations listOrganizations = new ListOrganizations(organizations);

    @Test
    void givesAPageAndWhereTheNextStartsUntilTheLast() {
        Organization a = anOrganization().named("A").build();
        Organization b = anOrganization().named("B").build();
        Organization c = anOrganization().named("C").build();
        Stream.of(c, a, b).forEach(organizations::add);

        Page<Organization> first = listOrganizations.list(Callers.platformOperator(), new OrganizationQuery(BY_NAME, 2, Optional.empty()));
        Page<Organization> last = listOrganizations.list(Callers.platformOperator(), new OrganizationQuery(BY_NAME, 2, first.next()));

        assertThat(first.items()).containsExactly(a, b);
        assertThat(first.next()).contains(BY_NAME.positionAfter(b));
        assertThat(last.items()).containsExactly(c);
        assertThat(last.next()).isEmpty();
    }
}
