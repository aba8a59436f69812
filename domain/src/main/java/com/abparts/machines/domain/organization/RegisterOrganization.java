package com.abparts.machines.domain.organization;

import java.time.Clock;

/** Use case: a new customer organization joins. */
public final class RegisterOrganization {

    private final OrganizationRepository organizations;
    private final Clock clock;

    public RegisterOrganization(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /** @throws DuplicateOrganizationNameException when the name is taken */
    public Organization register(String name) {
        Organization organization = Organization.register(OrganizationId.newId(), name, clock.instant());
        organizations.add(organization);
        return organization;
    }
}
