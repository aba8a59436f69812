package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.revision.FieldChange;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data builder: a valid machine by default, changed only where a test cares. */
public final class MachineBuilder {

    private static final AtomicInteger SERIALS = new AtomicInteger();

    // Microseconds, because that is what PostgreSQL's timestamptz keeps.
    private static final Instant SOME_MOMENT = Instant.parse("2025-07-25T14:25:00.123456Z");

    private OrganizationId customerOrganizationId = OrganizationId.newId();
    private String modelType = "V4.0";
    private String name = "Harbour unit 3";
    private String serialNumber = "AB-TEST-" + SERIALS.incrementAndGet();
    private MachineStatus status = MachineStatus.ACTIVE;
    private Instant purchaseDate = Instant.parse("2024-01-15T00:00:00Z");
    private Instant warrantyExpiryDate = Instant.parse("2026-01-15T00:00:00Z");
    private Instant lastMaintenanceDate;
    private Instant nextMaintenanceDate = Instant.parse("2025-09-01T08:00:00Z");
    private String location = "Pier 7";
    private String notes;
    private Instant createdAt = SOME_MOMENT;
    private long version;

    private MachineBuilder() {}

    public static MachineBuilder aMachine() {
        return new MachineBuilder();
    }

    public MachineBuilder ownedBy(OrganizationId customerOrganizationId) {
        this.customerOrganizationId = customerOrganizationId;
        return this;
    }

    public MachineBuilder withModelType(String modelType) {
        this.modelType = modelType;
        return this;
    }

    public MachineBuilder withName(String name) {
        this.name = name;
        return this;
    }

    public MachineBuilder withSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
        return this;
    }

    public MachineBuilder withStatus(MachineStatus status) {
        this.status = status;
        return this;
    }

    public MachineBuilder purchasedAt(Instant purchaseDate) {
        this.purchaseDate = purchaseDate;
        return this;
    }

    public MachineBuilder withWarrantyUntil(Instant warrantyExpiryDate) {
        this.warrantyExpiryDate = warrantyExpiryDate;
        return this;
    }

    public MachineBuilder lastMaintainedAt(Instant lastMaintenanceDate) {
        this.lastMaintenanceDate = lastMaintenanceDate;
        return this;
    }

    public MachineBuilder nextMaintenanceAt(Instant nextMaintenanceDate) {
        this.nextMaintenanceDate = nextMaintenanceDate;
        return this;
    }

    public MachineBuilder locatedAt(String location) {
        this.location = location;
        return this;
    }

    public MachineBuilder withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public MachineBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public MachineBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    /** The details as a client states them whole: checked, as {@link MachineDetails#of} checks them. */
    public MachineDetails buildDetails() {
        return MachineDetails.of(new MachineChange(stated(customerOrganizationId), stated(modelType), stated(name), stated(serialNumber),
                stated(status), stated(purchaseDate), stated(warrantyExpiryDate), stated(lastMaintenanceDate), stated(nextMaintenanceDate),
                stated(location), stated(notes)));
    }

    /** The details as storage may hold them, written under older rules: taken as they are, unchecked. */
    public MachineDetails buildStoredDetails() {
        return new MachineDetails(customerOrganizationId, modelType, name, serialNumber, status,
                purchaseDate, warrantyExpiryDate, lastMaintenanceDate, nextMaintenanceDate, location, notes);
    }

    /** A machine as storage may hold it, its details unchecked. */
    public Machine buildStored() {
        return new Machine(MachineId.newId(), buildStoredDetails(), createdAt, createdAt.plus(1, ChronoUnit.HOURS), version);
    }

    private static <T> FieldChange<T> stated(T value) {
        return value == null ? FieldChange.clear() : FieldChange.set(value);
    }

    public Machine build() {
        return new Machine(MachineId.newId(), buildDetails(), createdAt, createdAt.plus(1, ChronoUnit.HOURS), version);
    }
}
