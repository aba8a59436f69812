package com.abparts.machines.domain.machine;

/** No machine has the id a caller asked for. */
public final class MachineNotFoundException extends RuntimeException {

    private final MachineId id;

    public MachineNotFoundException(MachineId id) {
        super("no machine has the id " + id);
        this.id = id;
    }

    public MachineId id() {
        return id;
    }
}
