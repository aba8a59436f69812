package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.validation.FieldChecks;
import com.abparts.machines.domain.validation.InvalidFieldsException;

/**
 * Everything about an organization that it decides itself, as opposed to what the registry keeps
 * (id, timestamps, version).
 *
 * <p>Loading is not creating. The constructor takes the details as they are: it is how an
 * organization is loaded from storage, whatever rules its row was written under. Today's rules apply
 * to what a client states, through {@link #of} and {@link #with}: the name is trimmed, required and at
 * most {@value #NAME_MAX_LENGTH} characters, or they throw an {@link InvalidFieldsException}.
 */
public record OrganizationDetails(String name) {

    public static final int NAME_MAX_LENGTH = 255;

    /**
     * Details stated whole, as when an organization is registered. Every field is checked.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public static OrganizationDetails of(OrganizationChange change) {
        return checked(change.name().applyTo(null));
    }

    /**
     * These details with a change applied: what the change sets or clears is checked, what it keeps
     * stays exactly as it is.
     *
     * @throws InvalidFieldsException naming every field that the change gets wrong
     */
    public OrganizationDetails with(OrganizationChange change) {
        return change.name().changes() ? checked(change.name().applyTo(name)) : this;
    }

    private static OrganizationDetails checked(String name) {
        var checks = new FieldChecks();
        var details = new OrganizationDetails(checks.requiredText("name", name, NAME_MAX_LENGTH));
        checks.throwIfAnyViolated();
        return details;
    }
}
