package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.api.web.support.DemoIds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * The documented shape of what clients send to create or replace a machine; a merge patch has the
 * same fields, none of them required. Bodies are read by {@link MachineBodies} into the domain's
 * {@code MachineChange}, whose components these mirror (a test holds them equal).
 */
@Schema(name = "MachineInput", description = "A machine's details, as sent to create or replace it; the status is active "
        + "unless given. Strings are trimmed; a blank optional string is stored as null.")
record MachineInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = DemoIds.NORDFJORD_AQUA)
        UUID customerOrganizationId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MachineDetails.MODEL_TYPE_MAX_LENGTH,
                example = "V4.0") String modelType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MachineDetails.NAME_MAX_LENGTH,
                example = "Harbour unit 3") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MachineDetails.SERIAL_NUMBER_MAX_LENGTH,
                example = "AB-2024-0042") String serialNumber,
        @Schema(defaultValue = "active") MachineStatusValue status,
        @Schema(example = "2024-01-15T00:00:00Z", nullable = true) Instant purchaseDate,
        @Schema(description = "Not before purchaseDate.", example = "2026-01-15T00:00:00Z", nullable = true) Instant warrantyExpiryDate,
        @Schema(example = "2025-03-01T08:00:00Z", nullable = true) Instant lastMaintenanceDate,
        @Schema(description = "Not before lastMaintenanceDate.", example = "2025-09-01T08:00:00Z", nullable = true) Instant nextMaintenanceDate,
        @Schema(maxLength = MachineDetails.LOCATION_MAX_LENGTH, example = "Pier 7", nullable = true) String location,
        @Schema(maxLength = MachineDetails.NOTES_MAX_LENGTH, example = "Serviced after the storm.", nullable = true) String notes) {
}
