package com.abparts.machines.api.web.organization;

import io.swagger.v3.oas.annotations.media.Schema;

/** What clients send to create an organization, and the shape merge patches apply to. */
@Schema(name = "OrganizationInput", description = "An organization's details. The name is trimmed and unique.")
record OrganizationInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 255, example = "Oraseas EE") String name) {
}
