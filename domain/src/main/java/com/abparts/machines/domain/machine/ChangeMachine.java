package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.Revisions;
import java.time.Clock;
import java.util.Objects;

/** Use case: some details of a machine change, the others stay as they are. */
public final class ChangeMachine {

    /** Which machine, at which versions, changes how. */
    public record Command(MachineId id, MachineChange change, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final MachineAccess access;
    private final Revisions<MachineId, Machine, OwnedMachine> revisions;
    private final Clock clock;

    public ChangeMachine(MachineRepository machines, Clock clock) {
        this.access = new MachineAccess(machines);
        this.revisions = new Revisions<>("machine",
                id -> machines.findById(id).map(OwnedMachine::machine).orElseThrow(() -> new MachineNotFoundException(id)),
                Machine::version, machines::update);
        this.clock = clock;
    }

    /**
     * Applies the change to the current details; without a condition on the version, a change that
     * loses a race with another writer is applied again to the newer details.
     *
     * @throws MachineNotFoundException when the caller sees no machine with this id
     * @throws com.abparts.machines.domain.organization.NotPermittedException when it sees it, and may not change the registry
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when the machine is at a version not expected
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the changed details are invalid
     * @throws DuplicateSerialNumberException when the new serial number is taken
     */
    public OwnedMachine change(Caller caller, Command command) {
        access.requireRightToChange(caller, command.id(), "changing machines");
        return revisions.revise(command.id(), command.expectedVersion(), current -> current.revise(current.details().with(command.change()), clock.instant()));
    }
}
