package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import java.time.Clock;
import java.util.Objects;

/** Use case: a machine joins the registry. */
public final class RegisterMachine {

    /** What to register: the new machine's details. */
    public record Command(MachineDetails details) {
        public Command {
            Objects.requireNonNull(details, "details");
        }
    }

    private final MachineRepository machines;
    private final Clock clock;

    public RegisterMachine(MachineRepository machines, Clock clock) {
        this.machines = machines;
        this.clock = clock;
    }

    /**
     * @throws com.abparts.machines.domain.organization.NotPermittedException unless the caller may change the registry
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the owner does not exist
     * @throws DuplicateSerialNumberException when the serial number is taken
     */
    public OwnedMachine register(Caller caller, Command command) {
        caller.requireRightToChangeTheRegistry("registering machines");
        return machines.add(Machine.register(MachineId.newId(), command.details(), clock.instant()));
    }
}
