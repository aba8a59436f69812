package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.failure.Revisions;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationRepository;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/** Use case: the owner's details of a machine change, wholly or in part. */
public final class UpdateMachine {

    private final MachineRepository machines;
    private final MachineOwners owners;
    private final Clock clock;

    public UpdateMachine(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
        this.clock = clock;
    }

    /** Replaces every detail. Failures as for {@link #change}. */
    public OwnedMachine replace(MachineId id, MachineDetails details, OptionalLong expectedVersion) {
        return change(id, current -> details, expectedVersion);
    }

    /**
     * Changes the details as {@code change} says, applied to the current ones; without an
     * expected version, a change that loses a race with another writer is applied again to the
     * newer details rather than overwriting them.
     *
     * @throws MachineNotFoundException when no machine has this id
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when the expected version is not the current one
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the changed details are invalid
     * @throws DuplicateSerialNumberException when the new serial number is taken
     */
    public OwnedMachine change(MachineId id, UnaryOperator<MachineDetails> change, OptionalLong expectedVersion) {
        return Revisions.revise("machine " + id, expectedVersion,
                () -> machines.findById(id).orElseThrow(() -> new MachineNotFoundException(id)),
                Machine::version,
                current -> {
                    MachineDetails details = change.apply(current.details());
                    Organization owner = owners.named(details);
                    Machine revised = current.revise(details, clock.instant());
                    machines.update(revised);
                    return new OwnedMachine(revised, owner);
                });
    }
}
