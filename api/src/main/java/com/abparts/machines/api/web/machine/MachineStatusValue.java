package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.support.ValueFormat;
import com.abparts.machines.domain.machine.MachineStatus;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** {@link MachineStatus} as the API spells it, in JSON and in the {@code status} filter: the one place that does. */
enum MachineStatusValue {
    ACTIVE("active", MachineStatus.ACTIVE),
    INACTIVE("inactive", MachineStatus.INACTIVE),
    MAINTENANCE("maintenance", MachineStatus.MAINTENANCE),
    DECOMMISSIONED("decommissioned", MachineStatus.DECOMMISSIONED);

    private static final List<String> LABELS = Arrays.stream(values()).map(MachineStatusValue::label).toList();

    /** How a status is read from a request. */
    static final ValueFormat<MachineStatus> FORMAT = ValueFormat.oneOf(MachineStatus.class, LABELS,
            label -> Arrays.stream(values()).filter(value -> value.label.equals(label)).findFirst().orElseThrow().status);

    private final String label;
    private final MachineStatus status;

    MachineStatusValue(String label, MachineStatus status) {
        this.label = label;
        this.status = status;
    }

    @JsonValue
    String label() {
        return label;
    }

    static MachineStatusValue of(MachineStatus status) {
        return Arrays.stream(values()).filter(value -> value.status == status).findFirst().orElseThrow();
    }
}
