package com.abparts.machines.api.web.machine;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * The documented shape of a machine merge patch: {@link MachineInput}'s fields, none of them
 * required; null clears a field. Only the OpenAPI document uses it.
 */
@Schema(name = "MachinePatch", description = "JSON Merge Patch of a machine's details: absent fields stay, null clears "
        + "(a required field cannot be cleared).")
record MachinePatch(
        @Schema(example = "5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a") UUID customerOrganizationId,
        @Schema(minLength = 1, maxLength = 10, example = "V4.0") String modelType,
        @Schema(minLength = 1, maxLength = 255, example = "Harbour unit 3") String name,
        @Schema(minLength = 1, maxLength = 255, example = "AB-2024-0042") String serialNumber,
        MachineStatusValue status,
        @Schema(nullable = true, example = "2024-01-15T00:00:00Z") Instant purchaseDate,
        @Schema(nullable = true, example = "2026-01-15T00:00:00Z") Instant warrantyExpiryDate,
        @Schema(nullable = true, example = "2025-03-01T08:00:00Z") Instant lastMaintenanceDate,
        @Schema(nullable = true, example = "2025-09-01T08:00:00Z") Instant nextMaintenanceDate,
        @Schema(nullable = true, maxLength = 255, example = "Pier 7") String location,
        @Schema(nullable = true, maxLength = 10_000, example = "Pump replaced") String notes) {
}
