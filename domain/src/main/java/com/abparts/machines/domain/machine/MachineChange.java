package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.revision.FieldChange;
import java.time.Instant;

/**
 * A change to some of a machine's details: for each field, whether it is kept, set or cleared
 * (what a JSON merge patch says). Applied by {@link MachineDetails#with}, which checks the result.
 */
public record MachineChange(
        FieldChange<OrganizationId> customerOrganizationId,
        FieldChange<String> modelType,
        FieldChange<String> name,
        FieldChange<String> serialNumber,
        FieldChange<MachineStatus> status,
        FieldChange<Instant> purchaseDate,
        FieldChange<Instant> warrantyExpiryDate,
        FieldChange<Instant> lastMaintenanceDate,
        FieldChange<Instant> nextMaintenanceDate,
        FieldChange<String> location,
        FieldChange<String> notes) {
}
