package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.MachineStatus;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link MachineStatus} as the API spells it, in JSON and in the {@code status} filter: the one place that does. */
enum MachineStatusValue {
    ACTIVE("active", MachineStatus.ACTIVE),
    INACTIVE("inactive", MachineStatus.INACTIVE),
    MAINTENANCE("maintenance", MachineStatus.MAINTENANCE),
    DECOMMISSIONED("decommissioned", MachineStatus.DECOMMISSIONED);

    static final List<String> LABELS = Arrays.stream(values()).map(MachineStatusValue::label).toList();

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

    MachineStatus status() {
        return status;
    }

    static Optional<MachineStatus> statusOf(String label) {
        return Arrays.stream(values()).filter(value -> value.label.equals(label)).findFirst().map(MachineStatusValue::status);
    }

    static MachineStatusValue of(MachineStatus status) {
        return Arrays.stream(values()).filter(value -> value.status == status).findFirst().orElseThrow();
    }
}
