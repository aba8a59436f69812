package com.abparts.machines.api.web.machine;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * What clients send to create or replace a machine, and the shape merge patches apply to.
 * The body is read by {@link MachineInputReader}, which reports every invalid field at once.
 */
@Schema(name = "MachineInput", description = "A machine's details, as sent to create or replace it. "
        + "Strings are trimmed; a blank optional string is stored as null.")
record MachineInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a")
        UUID customerOrganizationId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 10, example = "V4.0") String modelType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 255, example = "Harbour unit 3") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 255, example = "AB-2024-0042") String serialNumber,
        @Schema(description = "Defaults to active.", defaultValue = "active") MachineStatusValue status,
        @Schema(example = "2024-01-15T00:00:00Z", nullable = true) Instant purchaseDate,
        @Schema(description = "Not before purchaseDate.", example = "2026-01-15T00:00:00Z", nullable = true) Instant warrantyExpiryDate,
        @Schema(example = "2025-03-01T08:00:00Z", nullable = true) Instant lastMaintenanceDate,
        @Schema(description = "Not before lastMaintenanceDate.", example = "2025-09-01T08:00:00Z", nullable = true) Instant nextMaintenanceDate,
        @Schema(maxLength = 255, example = "Pier 7", nullable = true) String location,
        @Schema(maxLength = 10_000, example = "Serviced after the storm.", nullable = true) String notes) {
}
