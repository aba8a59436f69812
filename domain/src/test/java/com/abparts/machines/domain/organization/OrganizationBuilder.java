package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.revision.FieldChange;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data builder: a valid organization by default, changed only where a test cares. */
public final class OrganizationBuilder {

    private static final AtomicInteger NAMES = new AtomicInteger();

    // Microseconds, because that is what PostgreSQL's timestamptz keeps.
    private static final Instant SOME_MOMENT = Instant.parse("2025-07-25T14:25:00.123456Z");

    private String name = "Organization " + NAMES.incrementAndGet();
    private Instant createdAt = SOME_MOMENT;

    private OrganizationBuilder() {}

    public static OrganizationBuilder anOrganization() {
        return new OrganizationBuilder();
    }

    public OrganizationBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OrganizationBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** The details as a client states them: checked, as {@link OrganizationDetails#of} checks them. */
    public OrganizationDetails buildDetails() {
        return OrganizationDetails.of(new OrganizationChange(name == null ? FieldChange.clear() : FieldChange.set(name)));
    }

    /** A new organization, at version 0. */
    public Organization build() {
        return Organization.register(OrganizationId.newId(), buildDetails(), createdAt);
    }
}
