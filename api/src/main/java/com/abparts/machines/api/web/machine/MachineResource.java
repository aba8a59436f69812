package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.organization.OrganizationDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A machine as clients see it. Absent optional values are {@code null}. */
@Schema(name = "Machine", description = "An AutoBoss net-cleaning machine owned by a customer organization.")
record MachineResource(
        @Schema(example = "0b5e6c1e-8c1f-4a53-9a4e-3f0c2b7f9d10") UUID id,
        @Schema(example = "5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a") UUID customerOrganizationId,
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
            @Schema(example = "5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a") UUID id,
            @Schema(example = "Oraseas EE", maxLength = OrganizationDetails.NAME_MAX_LENGTH) String name) {
    }
}
