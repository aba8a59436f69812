package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.support.JsonMergePatch;
import com.abparts.machines.api.web.support.JsonObjectReader;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads {@link MachineInput} bodies into domain {@link MachineDetails}, and writes details back as input for merge patches. */
@Component
class MachineInputReader {

    private final JsonMapper json;
    private final MachineResourceMapper mapper;

    MachineInputReader(JsonMapper json, MachineResourceMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    /** A create or replace body; an absent status means active. */
    MachineDetails read(JsonNode body) {
        return read(body, MachineStatus.ACTIVE);
    }

    /** A merge patch applied to the current details; a status patched to null is an error. */
    MachineDetails patch(MachineDetails current, JsonNode patch) {
        ObjectNode currentInput = json.valueToTree(mapper.toInput(current));
        return read(JsonMergePatch.apply(currentInput, patch), null);
    }

    private MachineDetails read(JsonNode body, MachineStatus absentStatus) {
        JsonObjectReader reader = new JsonObjectReader(body, "customerOrganizationId", "modelType", "name", "serialNumber",
                "status", "purchaseDate", "warrantyExpiryDate", "lastMaintenanceDate", "nextMaintenanceDate", "location", "notes");
        UUID owner = reader.uuid("customerOrganizationId");
        String modelType = reader.text("modelType");
        String name = reader.text("name");
        String serialNumber = reader.text("serialNumber");
        boolean statusGiven = body.has("status") && !body.get("status").isNull();
        MachineStatus status = reader.oneOf("status", MachineStatusValue.LABELS, label -> MachineStatusValue.statusOf(label).orElseThrow());
        Instant purchaseDate = reader.timestamp("purchaseDate");
        Instant warrantyExpiryDate = reader.timestamp("warrantyExpiryDate");
        Instant lastMaintenanceDate = reader.timestamp("lastMaintenanceDate");
        Instant nextMaintenanceDate = reader.timestamp("nextMaintenanceDate");
        String location = reader.text("location");
        String notes = reader.text("notes");
        MachineStatus effectiveStatus = statusGiven ? status : absentStatus;
        return reader.build(() -> new MachineDetails(owner == null ? null : new OrganizationId(owner), modelType, name, serialNumber,
                effectiveStatus, purchaseDate, warrantyExpiryDate, lastMaintenanceDate, nextMaintenanceDate, location, notes));
    }
}
