package com.abparts.machines.api.web.organization;

import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of an organization merge patch; only the OpenAPI document uses it. */
@Schema(name = "OrganizationPatch", description = "JSON Merge Patch of an organization: absent fields stay; the name cannot be cleared.")
record OrganizationPatch(@Schema(minLength = 1, maxLength = 255, example = "Oraseas Ltd") String name) {
}
