package com.abparts.machines.domain.organization;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose organizations and machines a caller may see: everybody's, or one organization's. Listings
 * apply it in the query itself, so that a page is never short because rows were dropped afterwards.
 *
 * @param organization the one organization, or empty for all of them
 */
public record Scope(Optional<OrganizationId> organization) {

    private static final Scope EVERYTHING = new Scope(Optional.empty());

    public Scope {
        Objects.requireNonNull(organization, "organization");
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    public static Scope of(OrganizationId organization) {
        return new Scope(Optional.of(organization));
    }

    /** Whether what this organization owns, and the organization itself, is in the scope. */
    public boolean includes(OrganizationId owner) {
        return organization.map(owner::equals).orElse(true);
    }

    /** In words, e.g. {@code organization 5f1d…}, as cursors are bound to it. */
    @Override
    public String toString() {
        return organization.map(id -> "organization " + id).orElse("everything");
    }
}
