package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindOrganizationTest {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final FindOrganization findOrganization = new FindOrganization(organizations);

    @Test
    void findsAKnownOrganization() {
        Organization organization = anOrganization().build();
        organizations.add(organization);

        assertThat(findOrganization.byId(Callers.platformOperator(), organization.id())).isEqualTo(organization);
    }

    @Test
    void rejectsAnUnknownIdNamingIt() {
        OrganizationId unknown = OrganizationId.newId();

        assertThatThrownBy(() -> findOrganization.byId(Callers.platformOperator(), unknown))
                .isInstanceOf(OrganizationNotFoundException.class)
                .hasMessage("no organization has the id " + unknown);
    }
}
