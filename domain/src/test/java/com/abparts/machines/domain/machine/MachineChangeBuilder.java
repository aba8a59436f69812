package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.revision.FieldChange;
import java.time.Instant;

/** Test data builder: a change that keeps every field but those a test names. */
public final class MachineChangeBuilder {

    private FieldChange<OrganizationId> customerOrganizationId = FieldChange.keep();
    private FieldChange<String> modelType = FieldChange.keep();
    private FieldChange<String> name = FieldChange.keep();
    private FieldChange<String> serialNumber = FieldChange.keep();
    private FieldChange<MachineStatus> status = FieldChange.keep();
    private FieldChange<Instant> purchaseDate = FieldChange.keep();
    private FieldChange<Instant> warrantyExpiryDate = FieldChange.keep();
    private FieldChange<String> location = FieldChange.keep();
    private FieldChange<String> notes = FieldChange.keep();

    private MachineChangeBuilder() {}

    public static MachineChangeBuilder aChange() {
        return new MachineChangeBuilder();
    }

    public MachineChangeBuilder movingTo(OrganizationId owner) {
        customerOrganizationId = FieldChange.set(owner);
        return this;
    }

    public MachineChangeBuilder ofModel(String newModelType) {
        modelType = FieldChange.set(newModelType);
        return this;
    }

    public MachineChangeBuilder withSerialNumber(String newSerialNumber) {
        serialNumber = FieldChange.set(newSerialNumber);
        return this;
    }

    public MachineChangeBuilder renaming(String newName) {
        name = FieldChange.set(newName);
        return this;
    }

    public MachineChangeBuilder clearingTheName() {
        name = FieldChange.clear();
        return this;
    }

    public MachineChangeBuilder settingStatus(MachineStatus newStatus) {
        status = FieldChange.set(newStatus);
        return this;
    }

    public MachineChangeBuilder clearingTheStatus() {
        status = FieldChange.clear();
        return this;
    }

    public MachineChangeBuilder purchasedAt(Instant newPurchaseDate) {
        purchaseDate = FieldChange.set(newPurchaseDate);
        return this;
    }

    public MachineChangeBuilder withWarrantyUntil(Instant newWarrantyExpiryDate) {
        warrantyExpiryDate = FieldChange.set(newWarrantyExpiryDate);
        return this;
    }

    public MachineChangeBuilder withNotes(String newNotes) {
        notes = FieldChange.set(newNotes);
        return this;
    }

    public MachineChangeBuilder clearingTheLocation() {
        location = FieldChange.clear();
        return this;
    }

    public MachineChange build() {
        return new MachineChange(customerOrganizationId, modelType, name, serialNumber, status, purchaseDate,
                warrantyExpiryDate, FieldChange.keep(), FieldChange.keep(), location, notes);
    }
}
