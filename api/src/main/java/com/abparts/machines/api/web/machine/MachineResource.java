package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.api.web.support.DemoIds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A machine as clients see it. Absent optional values are {@code null}. */
@Schema(name = "Machine", description = "An AutoBoss net-cleaning machine owned by a customer organization.")
record MachineResource(
        @Schema(example = DemoIds.NORDFJORD_HARBOUR_UNIT) UUID id,
        @Schema(example = DemoIds.NORDFJORD_AQUA) UUID customerOrganizationId,
        OwnerResource customerOrganization,
        @Schema(example = "V4.0", maxLength = MachineDetails.MODEL_TYPE_MAX_LENGTH) String modelType,
        @Schema(example = "Harbour unit 3", maxLength = MachineDetails.NAME_MAX_LENGTH) String name,
        @Schema(example = "AB-2024-0042", maxLength = MachineDetails.SERIAL_NUMBER_MAX_LENGTH) String serialNumber,
        MachineStatusValue status,
        @Schema(example = "2024-01-15T00:00:00Z", nullable = true) Instant purchaseDate,
        @Schema(example = "2026-01-15T00:00:00Z", nullable = true) Instant warrantyExpiryDate,
        @Schema(example = "2025-03-01T08:00:00Z", nullable = true) Instant lastMaintenanceDate,
        @Schema(example = "2025-09-01T08:00:00Z", nullable = true) Instant nextMaintenanceDate,
        @Schema(example = "Pier 7", maxLength = MachineDetails.LOCATION_MAX_LENGTH, nullable = true) String location,
        @Schema(example = "Serviced after the storm.", maxLength = MachineDetails.NOTES_MAX_LENGTH, nullable = true) String notes,
        @Schema(example = "2025-07-25T14:25:00Z") Instant createdAt,
        @Schema(example = "2025-07-25T14:25:00Z") Instant updatedAt,
        @Schema(description = "Grows by one with every change; the ETag is this number, quoted.", example = "3") long version) {

    /** The owning organization, by id and name. */
    @Schema(name = "MachineOwner", description = "The organization that owns the machine.")
    record OwnerResource(
            @Schema(example = DemoIds.NORDFJORD_AQUA) UUID id,
            @Schema(example = "Nordfjord Aqua AS", maxLength = OrganizationDetails.NAME_MAX_LENGTH) String name) {
    }
}
