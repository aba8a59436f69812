package com.abparts.machines.domain.organization;

/** Use case: look up one organization by its id. */
public final class FindOrganization {

    private final OrganizationRepository organizations;

    public FindOrganization(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** @throws OrganizationNotFoundException when the caller sees no organization with this id */
    public Organization byId(Caller caller, OrganizationId id) {
        return organizations.findById(id).filter(organization -> caller.sees(organization.id()))
                .orElseThrow(() -> new OrganizationNotFoundException(id));
    }
}
