package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.revision.FieldChange;

/**
 * A change to some of an organization's details: for each field, whether it is kept, set or
 * cleared (what a JSON merge patch says). Applied by {@link OrganizationDetails#with}.
 */
public record OrganizationChange(FieldChange<String> name) {
}
