package com.abparts.machines.migrations.planted;

import com.abparts.machines.domain.machine.MachineId;

/** Planted violation: migration code that depends on the domain. */
public class ChangeUsingTheDomain {

    String newMachineId() {
        return MachineId.newId().toString();
    }
}
