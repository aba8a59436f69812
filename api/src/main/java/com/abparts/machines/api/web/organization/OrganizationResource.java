package com.abparts.machines.api.web.organization;

import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.api.web.support.DemoIds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An organization as clients see it. */
@Schema(name = "Organization", description = "A customer organization, owner of machines.")
record OrganizationResource(
        @Schema(example = DemoIds.NORDFJORD_AQUA) UUID id,
        @Schema(example = "Nordfjord Aqua AS", maxLength = OrganizationDetails.NAME_MAX_LENGTH) String name,
        @Schema(example = "2025-07-25T14:25:00Z") Instant createdAt,
        @Schema(example = "2025-07-25T14:25:00Z") Instant updatedAt,
        @Schema(description = "Grows by one with every change; the ETag is this number, quoted.", example = "0") long version) {
}
