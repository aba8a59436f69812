package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.validation.FieldChecks;
import java.time.Instant;

/**
 * Everything about a machine that its owner decides, as opposed to what the registry keeps
 * (id, timestamps, version).
 *
 * <p>Never invalid: the constructor trims the texts, stores blank optional texts as absent
 * ({@code null}), and refuses missing or overlong values and dates in the wrong order with an
 * {@link com.abparts.machines.domain.validation.InvalidFieldsException} that names every
 * offending field. A rule across two fields is reported on the later one.
 */
public record MachineDetails(
        OrganizationId customerOrganizationId,
        String modelType,
        String name,
        String serialNumber,
        MachineStatus status,
        Instant purchaseDate,
        Instant warrantyExpiryDate,
        Instant lastMaintenanceDate,
        Instant nextMaintenanceDate,
        String location,
        String notes) {

    public static final int MODEL_TYPE_MAX_LENGTH = 10;
    public static final int NAME_MAX_LENGTH = 255;
    public static final int SERIAL_NUMBER_MAX_LENGTH = 255;
    public static final int LOCATION_MAX_LENGTH = 255;
    public static final int NOTES_MAX_LENGTH = 10_000;

    public MachineDetails {
        var checks = new FieldChecks();
        checks.required("customerOrganizationId", customerOrganizationId);
        modelType = checks.requiredText("modelType", modelType, MODEL_TYPE_MAX_LENGTH);
        name = checks.requiredText("name", name, NAME_MAX_LENGTH);
        serialNumber = checks.requiredText("serialNumber", serialNumber, SERIAL_NUMBER_MAX_LENGTH);
        checks.required("status", status);
        checks.check(notBefore(warrantyExpiryDate, purchaseDate),
                "warrantyExpiryDate", "must not be before purchaseDate");
        checks.check(notBefore(nextMaintenanceDate, lastMaintenanceDate),
                "nextMaintenanceDate", "must not be before lastMaintenanceDate");
        location = checks.optionalText("location", location, LOCATION_MAX_LENGTH);
        notes = checks.optionalText("notes", notes, NOTES_MAX_LENGTH);
        checks.throwIfAnyViolated();
    }

    private static boolean notBefore(Instant later, Instant earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
