package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.failure.NotFoundException;

/** No machine has the id a caller asked for. */
public final class MachineNotFoundException extends NotFoundException {

    public MachineNotFoundException(MachineId id) {
        super("machine", id);
    }
}
