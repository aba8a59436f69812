package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.support.ChangeReader;
import com.abparts.machines.api.web.support.ValueFormat;
import com.abparts.machines.domain.machine.MachineChange;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.organization.OrganizationId;
import tools.jackson.databind.JsonNode;

/**
 * Reads machine request bodies into the domain's terms. The fields are {@link MachineChange}'s
 * components; {@link MachineInput} documents them as the same names.
 */
final class MachineBodies {

    private static final ChangeReader READER = new ChangeReader(ValueFormat.text(), ValueFormat.timestamp(),
            ValueFormat.uuid(OrganizationId.class, OrganizationId::new), MachineStatusValue.FORMAT);

    private MachineBodies() {}

    /** A create or replace body: the details it gives, the status active unless it gives one. */
    static MachineDetails details(JsonNode body) {
        return READER.read(body, MachineChange.class, MachineDetails::of);
    }

    /** A merge patch: absent fields are kept, {@code null} clears a field. */
    static MachineChange change(JsonNode patch) {
        return READER.read(patch, MachineChange.class, change -> change);
    }
}
