package com.abparts.machines.domain.organization;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer organization, owner of machines: its own {@link OrganizationDetails}, and what the
 * registry keeps about it. Its name is unique among all organizations; its version grows by one
 * with every change, starting at 0.
 */
public record Organization(OrganizationId id, OrganizationDetails details, Instant createdAt, Instant updatedAt, long version) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** An organization new to the registry, at version 0. */
    public static Organization register(OrganizationId id, OrganizationDetails details, Instant now) {
        return new Organization(id, details, now, now, 0);
    }

    /** This organization with other details, one version later. */
    public Organization revise(OrganizationDetails newDetails, Instant now) {
        return new Organization(id, newDetails, createdAt, now, version + 1);
    }
}
