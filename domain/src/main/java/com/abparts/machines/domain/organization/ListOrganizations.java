package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.paging.Page;

/** Use case: page through the organizations. */
public final class ListOrganizations {

    private final OrganizationRepository organizations;

    public ListOrganizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Page<Organization> list(OrganizationQuery query) {
        return Page.of(organizations.list(query), query.limit(), query.sort()::positionAfter);
    }
}
