package com.abparts.machines.domain.organization;

import java.time.Clock;
import java.util.Objects;

/** Use case: a new customer organization joins. */
public final class RegisterOrganization {

    /** What to register: the new organization's details. */
    public record Command(OrganizationDetails details) {
        public Command {
            Objects.requireNonNull(details, "details");
        }
    }

    private final OrganizationRepository organizations;
    private final Clock clock;

    public RegisterOrganization(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * @throws NotPermittedException unless the caller may change the registry
     * @throws DuplicateOrganizationNameException when the name is taken
     */
    public Organization register(Caller caller, Command command) {
        caller.requireRightToChangeTheRegistry("registering organizations");
        Organization organization = Organization.register(OrganizationId.newId(), command.details(), clock.instant());
        organizations.add(organization);
        return organization;
    }
}
