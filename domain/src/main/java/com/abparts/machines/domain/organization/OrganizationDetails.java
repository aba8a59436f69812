package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.validation.FieldChecks;
import com.abparts.machines.domain.validation.InvalidFieldsException;

/**
 * Everything about an organization that it decides itself, as opposed to what the registry keeps
 * (id, timestamps, version). Never invalid: the name is trimmed, required and at most
 * {@value #NAME_MAX_LENGTH} characters, or the constructor throws an {@link InvalidFieldsException}.
 */
public record OrganizationDetails(String name) {

    public static final int NAME_MAX_LENGTH = 255;

    public OrganizationDetails {
        var checks = new FieldChecks();
        name = checks.requiredText("name", name, NAME_MAX_LENGTH);
        checks.throwIfAnyViolated();
    }

    /**
     * The details that a change makes of no details at all, as when an organization is registered.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public static OrganizationDetails of(OrganizationChange change) {
        return new OrganizationDetails(change.name().applyTo(null));
    }

    /**
     * These details with a change applied, checked as a whole.
     *
     * @throws InvalidFieldsException naming every field that the result gets wrong
     */
    public OrganizationDetails with(OrganizationChange change) {
        return new OrganizationDetails(change.name().applyTo(name));
    }
}
