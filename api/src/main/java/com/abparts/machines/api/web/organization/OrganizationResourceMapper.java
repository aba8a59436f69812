package com.abparts.machines.api.web.organization;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** From domain organizations to their HTTP representation. */
@Mapper
interface OrganizationResourceMapper {

    @Mapping(target = ".", source = "details")
    OrganizationResource toResource(Organization organization);

    default UUID toUuid(OrganizationId id) {
        return id.value();
    }
}
