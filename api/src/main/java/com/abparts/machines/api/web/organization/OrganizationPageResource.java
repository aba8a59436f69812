package com.abparts.machines.api.web.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of organizations. */
@Schema(name = "OrganizationPage", description = "One page of organizations, and the cursor of the next page while there is one.")
record OrganizationPageResource(
        List<OrganizationResource> items,
        @Schema(description = "Send as cursor to get the next page; null on the last page.", nullable = true) String nextCursor) {
}
