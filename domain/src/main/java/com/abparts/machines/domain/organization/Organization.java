package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.validation.FieldChecks;
import java.time.Instant;

/**
 * A customer organization: the owner of machines. Its name is unique among organizations.
 *
 * @throws com.abparts.machines.domain.validation.InvalidFieldsException from the constructor when
 *     a field is missing or the name is blank or longer than {@value #NAME_MAX_LENGTH} characters
 */
public record Organization(OrganizationId id, String name, Instant createdAt, Instant updatedAt) {

    public static final int NAME_MAX_LENGTH = 255;

    public Organization {
        var checks = new FieldChecks();
        checks.required("id", id);
        name = checks.requiredText("name", name, NAME_MAX_LENGTH);
        checks.required("createdAt", createdAt);
        checks.required("updatedAt", updatedAt);
        checks.throwIfAnyViolated();
    }
}
