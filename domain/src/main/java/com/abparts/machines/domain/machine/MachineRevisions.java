package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.Revisions;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** Writes new details of a machine under optimistic concurrency, for the use cases that change one. */
final class MachineRevisions {

    private final MachineRepository machines;
    private final MachineOwners owners;
    private final Clock clock;

    MachineRevisions(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
        this.clock = clock;
    }

    /**
     * Gives the machine the details {@code revision} makes of its current ones, one version later;
     * without a condition on the version, a revision that loses a race with another writer is made
     * again of the newer details rather than overwriting them.
     */
    OwnedMachine revise(MachineId id, ExpectedVersion expected, UnaryOperator<MachineDetails> revision) {
        return Revisions.revise("machine " + id, expected,
                () -> machines.findById(id).orElseThrow(() -> new MachineNotFoundException(id)),
                Machine::version,
                current -> {
                    MachineDetails details = revision.apply(current.details());
                    Organization owner = owners.named(details);
                    Machine revised = current.revise(details, clock.instant());
                    machines.update(revised);
                    return new OwnedMachine(revised, owner);
                });
    }
}
