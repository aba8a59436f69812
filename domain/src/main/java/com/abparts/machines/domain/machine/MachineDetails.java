package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationNotFoundException;
import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.domain.validation.FieldChecks;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Everything about a machine that its owner decides, as opposed to what the registry keeps
 * (id, timestamps, version). Its components name the fields as clients know them.
 *
 * <p>Loading is not creating. The constructor takes the details as they are: it is how a machine is
 * loaded from storage, where rows written by the systems before this one keep whatever their rules
 * allowed (a blank name, long notes, a warranty ending before the purchase). Today's rules apply to
 * what a client states: {@link #of} checks details stated whole, {@link #with} checks what a change
 * sets and the rules across fields that it takes part in. Both trim the texts they take, store blank
 * optional texts as absent ({@code null}), and refuse missing or overlong values and dates in the
 * wrong order with an {@link InvalidFieldsException} that names every offending field. A rule across
 * two fields is reported on the later one.
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

    /** What details stated whole start from: nothing at all. */
    private static final MachineDetails NOTHING = new MachineDetails(null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Details stated whole, as when a machine is registered or its details replaced: the fields the
     * change sets, and the {@link #DEFAULT_STATUS} unless it sets another. Every field is checked.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public static MachineDetails of(MachineChange change) {
        return NOTHING.changed(change, true);
    }

    /**
     * These details with a change applied. What the change sets or clears is checked, and so is each
     * rule across two fields of which it changes one, against the other's value here; the fields it
     * keeps stay exactly as they are, whatever rules they were written under.
     *
     * @throws InvalidFieldsException naming every field that the change gets wrong
     */
    public MachineDetails with(MachineChange change) {
        return changed(change, false);
    }

    /** The error for details naming an owner that does not exist, wherever that is found out. */
    public static InvalidFieldsException unknownOwner(OrganizationId id) {
        return InvalidFieldsException.onField(CUSTOMER_ORGANIZATION_ID, OrganizationNotFoundException.describe(id));
    }

    private MachineDetails changed(MachineChange change, boolean whole) {
        var checks = new FieldChecks();
        var result = new MachineDetails(
                after(change.customerOrganizationId(), customerOrganizationId, whole, owner -> checks.required(CUSTOMER_ORGANIZATION_ID, owner)),
                after(change.modelType(), modelType, whole, text -> checks.requiredText("modelType", text, MODEL_TYPE_MAX_LENGTH)),
                after(change.name(), name, whole, text -> checks.requiredText("name", text, NAME_MAX_LENGTH)),
                after(change.serialNumber(), serialNumber, whole, text -> checks.requiredText("serialNumber", text, SERIAL_NUMBER_MAX_LENGTH)),
                after(change.status(), status, whole, newStatus -> whole && newStatus == null ? DEFAULT_STATUS : checks.required("status", newStatus)),
                after(change.purchaseDate(), purchaseDate, whole, time -> checks.optionalTime("purchaseDate", time)),
                after(change.warrantyExpiryDate(), warrantyExpiryDate, whole, time -> checks.optionalTime("warrantyExpiryDate", time)),
                after(change.lastMaintenanceDate(), lastMaintenanceDate, whole, time -> checks.optionalTime("lastMaintenanceDate", time)),
                after(change.nextMaintenanceDate(), nextMaintenanceDate, whole, time -> checks.optionalTime("nextMaintenanceDate", time)),
                after(change.location(), location, whole, text -> checks.optionalText("location", text, LOCATION_MAX_LENGTH)),
                after(change.notes(), notes, whole, text -> checks.optionalText("notes", text, NOTES_MAX_LENGTH)));
        if (whole || changesEither(change.purchaseDate(), change.warrantyExpiryDate())) {
            checks.check(notBefore(result.warrantyExpiryDate, result.purchaseDate), "warrantyExpiryDate", "must not be before purchaseDate");
        }
        if (whole || changesEither(change.lastMaintenanceDate(), change.nextMaintenanceDate())) {
            checks.check(notBefore(result.nextMaintenanceDate, result.lastMaintenanceDate),
                    "nextMaintenanceDate", "must not be before lastMaintenanceDate");
        }
        checks.throwIfAnyViolated();
        return result;
    }

    /** A field's value after the change: checked when the change touches it or states the details whole, as it was otherwise. */
    private static <T> T after(FieldChange<T> change, T current, boolean whole, UnaryOperator<T> check) {
        return whole || change.changes() ? check.apply(change.applyTo(current)) : current;
    }

    private static boolean changesEither(FieldChange<?> one, FieldChange<?> other) {
        return one.changes() || other.changes();
    }

    private static boolean notBefore(Instant later, Instant earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
