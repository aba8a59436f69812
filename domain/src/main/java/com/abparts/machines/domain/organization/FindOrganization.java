package com.abparts.machines.domain.organization;

/** Use case: look up one organization by its id. */
public final class FindOrganization {

    private final OrganizationRepository organizations;

    public FindOrganization(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** @throws OrganizationNotFoundException when no organization has this id */
    public Organization byId(OrganizationId id) {
        return organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
    }
}
