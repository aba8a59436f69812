package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.validation.FieldChecks;
import java.time.Instant;

/**
 * A customer organization: the owner of machines. Its name is unique among organizations. Its
 * version grows by one with every change, starting at 0.
 *
 * @throws com.abparts.machines.domain.validation.InvalidFieldsException from the constructor when
 *     a field is missing or the name is blank or longer than {@value #NAME_MAX_LENGTH} characters
 */
public record Organization(OrganizationId id, String name, Instant createdAt, Instant updatedAt, long version) {

    public static final int NAME_MAX_LENGTH = 255;

    public Organization {
        var checks = new FieldChecks();
        checks.required("id", id);
        name = checks.requiredText("name", name, NAME_MAX_LENGTH);
        checks.required("createdAt", createdAt);
        checks.required("updatedAt", updatedAt);
        checks.throwIfAnyViolated();
    }

    /**
     * The name as an organization would hold it: trimmed.
     *
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException naming {@code name} when it is blank or too long
     */
    public static String validName(String name) {
        var checks = new FieldChecks();
        String valid = checks.requiredText("name", name, NAME_MAX_LENGTH);
        checks.throwIfAnyViolated();
        return valid;
    }

    /** A new organization, at version 0. */
    public static Organization register(OrganizationId id, String name, Instant now) {
        return new Organization(id, name, now, now, 0);
    }

    /** This organization under another name, one version later. */
    public Organization rename(String newName, Instant now) {
        return new Organization(id, newName, createdAt, now, version + 1);
    }
}
