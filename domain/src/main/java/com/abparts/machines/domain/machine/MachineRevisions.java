package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.Revisions;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** Writes new details of a machine under optimistic concurrency, for the use cases that change one. */
final class MachineRevisions {

    private final MachineRepository machines;
    private final Clock clock;

    MachineRevisions(MachineRepository machines, Clock clock) {
        this.machines = machines;
        this.clock = clock;
    }

    /**
     * Gives the machine the details {@code revision} makes of its current ones, one version later;
     * without a condition on the version, a revision that loses a race with another writer is made
     * again of the newer details rather than overwriting them.
     */
    OwnedMachine revise(MachineId id, ExpectedVersion expected, UnaryOperator<MachineDetails> revision) {
        return Revisions.revise("machine " + id, expected,
                () -> machines.findById(id).map(OwnedMachine::machine).orElseThrow(() -> new MachineNotFoundException(id)),
                Machine::version,
                current -> machines.update(current.revise(revision.apply(current.details()), clock.instant())));
    }
}
