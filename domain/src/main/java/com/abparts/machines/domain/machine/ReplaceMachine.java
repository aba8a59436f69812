package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.Revisions;
import java.time.Clock;
import java.util.Objects;

/** Use case: every detail of a machine is replaced. */
public final class ReplaceMachine {

    /** Which machine, at which versions, gets which details. */
    public record Command(MachineId id, MachineDetails details, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final MachineAccess access;
    private final Revisions<MachineId, Machine, OwnedMachine> revisions;
    private final Clock clock;

    public ReplaceMachine(MachineRepository machines, Clock clock) {
        this.access = new MachineAccess(machines);
        this.revisions = new Revisions<>("machine",
                id -> machines.findById(id).map(OwnedMachine::machine).orElseThrow(() -> new MachineNotFoundException(id)),
                Machine::version, machines::update);
        this.clock = clock;
    }

    /**
     * @throws MachineNotFoundException when the caller sees no machine with this id
     * @throws com.abparts.machines.domain.organization.NotPermittedException when it sees it, and may not change the registry
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when the machine is at a version not expected
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the owner does not exist
     * @throws DuplicateSerialNumberException when the new serial number is taken
     */
    public OwnedMachine replace(Caller caller, Command command) {
        access.requireRightToChange(caller, command.id(), "replacing machines");
        return revisions.revise(command.id(), command.expectedVersion(), current -> current.revise(command.details(), clock.instant()));
    }
}
