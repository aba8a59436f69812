package com.abparts.machines.api.web.organization;

import com.abparts.machines.domain.organization.OrganizationDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of what clients send to create an organization; a merge patch has the same
 * fields, none of them required. Bodies are read by {@link OrganizationBodies} into the domain's
 * {@code OrganizationChange}, whose components these mirror (a test holds them equal).
 */
@Schema(name = "OrganizationInput", description = "An organization's details. The name is trimmed and unique.")
record OrganizationInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = OrganizationDetails.NAME_MAX_LENGTH,
                example = "Fjordlaks Salmon AS") String name) {
}
