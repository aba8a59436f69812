package com.abparts.machines.domain.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer organization. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId newId() {
        return new OrganizationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
