package com.abparts.machines.api.web.organization;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Between domain organizations and their HTTP representations. */
@Mapper
interface OrganizationResourceMapper {

    OrganizationResource toResource(Organization organization);

    OrganizationInput toInput(Organization organization);

    default UUID toUuid(OrganizationId id) {
        return id.value();
    }
}
