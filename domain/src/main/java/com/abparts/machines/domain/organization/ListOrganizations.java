package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.paging.Page;

/** Use case: page through the organizations that the caller sees. */
public final class ListOrganizations {

    private final OrganizationRepository organizations;

    public ListOrganizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Page<Organization> list(Caller caller, OrganizationQuery query) {
        return Page.of(organizations.list(caller.scope(), query), query.limit(), query.sort()::positionAfter);
    }
}
