package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationNotFoundException;
import com.abparts.machines.domain.validation.FieldChecks;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything about a machine that its owner decides, as opposed to what the registry keeps
 * (id, timestamps, version). Its components name the fields as clients know them.
 *
 * <p>Never invalid: the constructor trims the texts, stores blank optional texts as absent
 * ({@code null}), and refuses missing or overlong values and dates in the wrong order with an
 * {@link InvalidFieldsException} that names every offending field. A rule across two fields is
 * reported on the later one.
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

    /** The status of a machine whose details do not say. */
    public static final MachineStatus DEFAULT_STATUS = MachineStatus.ACTIVE;

    private static final String CUSTOMER_ORGANIZATION_ID = "customerOrganizationId";

    public MachineDetails {
        var checks = new FieldChecks();
        checks.required(CUSTOMER_ORGANIZATION_ID, customerOrganizationId);
        modelType = checks.requiredText("modelType", modelType, MODEL_TYPE_MAX_LENGTH);
        name = checks.requiredText("name", name, NAME_MAX_LENGTH);
        serialNumber = checks.requiredText("serialNumber", serialNumber, SERIAL_NUMBER_MAX_LENGTH);
        checks.required("status", status);
        checks.optionalTime("purchaseDate", purchaseDate);
        checks.optionalTime("warrantyExpiryDate", warrantyExpiryDate);
        checks.optionalTime("lastMaintenanceDate", lastMaintenanceDate);
        checks.optionalTime("nextMaintenanceDate", nextMaintenanceDate);
        checks.check(notBefore(warrantyExpiryDate, purchaseDate),
                "warrantyExpiryDate", "must not be before purchaseDate");
        checks.check(notBefore(nextMaintenanceDate, lastMaintenanceDate),
                "nextMaintenanceDate", "must not be before lastMaintenanceDate");
        location = checks.optionalText("location", location, LOCATION_MAX_LENGTH);
        notes = checks.optionalText("notes", notes, NOTES_MAX_LENGTH);
        checks.throwIfAnyViolated();
    }

    /**
     * The details that a change makes of no details at all, as when a machine is registered or its
     * details replaced: the fields the change sets, and the {@link #DEFAULT_STATUS} unless it sets another.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public static MachineDetails of(MachineChange change) {
        return new MachineDetails(
                change.customerOrganizationId().applyTo(null),
                change.modelType().applyTo(null),
                change.name().applyTo(null),
                change.serialNumber().applyTo(null),
                Objects.requireNonNullElse(change.status().applyTo(null), DEFAULT_STATUS),
                change.purchaseDate().applyTo(null),
                change.warrantyExpiryDate().applyTo(null),
                change.lastMaintenanceDate().applyTo(null),
                change.nextMaintenanceDate().applyTo(null),
                change.location().applyTo(null),
                change.notes().applyTo(null));
    }

    /**
     * These details with a change applied, checked as a whole: a field that must have a value
     * cannot be cleared, and the rules across fields hold for the result.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public MachineDetails with(MachineChange change) {
        return new MachineDetails(
                change.customerOrganizationId().applyTo(customerOrganizationId),
                change.modelType().applyTo(modelType),
                change.name().applyTo(name),
                change.serialNumber().applyTo(serialNumber),
                change.status().applyTo(status),
                change.purchaseDate().applyTo(purchaseDate),
                change.warrantyExpiryDate().applyTo(warrantyExpiryDate),
                change.lastMaintenanceDate().applyTo(lastMaintenanceDate),
                change.nextMaintenanceDate().applyTo(nextMaintenanceDate),
                change.location().applyTo(location),
                change.notes().applyTo(notes));
    }

    /** The error for details naming an owner that does not exist, wherever that is found out. */
    public static InvalidFieldsException unknownOwner(OrganizationId id) {
        return InvalidFieldsException.onField(CUSTOMER_ORGANIZATION_ID, OrganizationNotFoundException.describe(id));
    }

    private static boolean notBefore(Instant later, Instant earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
