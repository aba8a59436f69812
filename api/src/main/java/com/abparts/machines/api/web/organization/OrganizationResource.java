package com.abparts.machines.api.web.organization;

import com.abparts.machines.domain.organization.OrganizationDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An organization as clients see it. */
@Schema(name = "Organization", description = "A customer organization, owner of machines.")
record OrganizationResource(
        @Schema(example = "5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a") UUID id,
        @Schema(example = "Oraseas EE", maxLength = OrganizationDetails.NAME_MAX_LENGTH) String name,
        @Schema(example = "2025-07-25T14:25:00Z") Instant createdAt,
        @Schema(example = "2025-07-25T14:25:00Z") Instant updatedAt,
        @Schema(description = "Grows by one with every change; the ETag is this number, quoted.", example = "0") long version) {
}
