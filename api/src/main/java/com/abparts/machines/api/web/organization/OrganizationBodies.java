package com.abparts.machines.api.web.organization;

import com.abparts.machines.api.web.support.ChangeReader;
import com.abparts.machines.api.web.support.ValueFormat;
import com.abparts.machines.domain.organization.OrganizationChange;
import com.abparts.machines.domain.organization.OrganizationDetails;
import tools.jackson.databind.JsonNode;

/**
 * Reads organization request bodies into the domain's terms. The fields are
 * {@link OrganizationChange}'s components; {@link OrganizationInput} documents them as the same names.
 */
final class OrganizationBodies {

    private static final ChangeReader READER = new ChangeReader(ValueFormat.text());

    private OrganizationBodies() {}

    /** A create body: the details it gives. */
    static OrganizationDetails details(JsonNode body) {
        return READER.read(body, OrganizationChange.class, OrganizationDetails::of);
    }

    /** A merge patch: absent fields are kept, {@code null} clears a field. */
    static OrganizationChange change(JsonNode patch) {
        return READER.read(patch, OrganizationChange.class, change -> change);
    }
}
