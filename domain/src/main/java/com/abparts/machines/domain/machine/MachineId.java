package com.abparts.machines.domain.machine;

import java.util.Objects;
import java.util.UUID;

/** Identifies a machine. */
public record MachineId(UUID value) {

    public MachineId {
        Objects.requireNonNull(value, "value");
    }

    public static MachineId newId() {
        return new MachineId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
