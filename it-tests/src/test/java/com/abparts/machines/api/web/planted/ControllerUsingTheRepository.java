package com.abparts.machines.api.web.planted;

import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineRepository;
import java.util.Optional;

/** Planted violation: a controller that reads through a port instead of a use case. */
public class ControllerUsingTheRepository {

    private final MachineRepository machines;

    ControllerUsingTheRepository(MachineRepository machines) {
        this.machines = machines;
    }

    Optional<OwnedMachine> get(MachineId id) {
        return machines.findById(id);
    }
}
