package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.validation.FieldChecks;
import java.time.Instant;

/**
 * An AutoBoss net-cleaning machine owned by a customer organization. Its serial number is unique
 * among all machines.
 *
 * <p>A machine never exists in an invalid state: the constructor trims the texts, stores blank
 * optional texts as absent ({@code null}), and refuses missing or overlong values and dates in the
 * wrong order with an {@link com.abparts.machines.domain.validation.InvalidFieldsException} that
 * names every offending field. A rule across two fields is reported on the later one.
 */
public record Machine(
        MachineId id,
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
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MODEL_TYPE_MAX_LENGTH = 10;
    public static final int NAME_MAX_LENGTH = 255;
    public static final int SERIAL_NUMBER_MAX_LENGTH = 255;
    public static final int LOCATION_MAX_LENGTH = 255;
    public static final int NOTES_MAX_LENGTH = 10_000;

    public Machine {
        var checks = new FieldChecks();
        checks.required("id", id);
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
        checks.required("createdAt", createdAt);
        checks.required("updatedAt", updatedAt);
        checks.throwIfAnyViolated();
    }

    private static boolean notBefore(Instant later, Instant earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
