package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where machines are kept. Every implementation must pass {@code MachineRepositoryContract}
 * from this module's tests, which states these promises as executable examples.
 *
 * <p>Machines come back with their owners: whoever reads a machine shows its owner too, and a
 * store that keeps both can answer both at once (the JDBC adapter does so in one statement).
 */
public interface MachineRepository {

    /**
     * Keeps a new machine and answers it with its owner; afterwards {@link #findById} returns it,
     * equal in every field.
     *
     * @throws DuplicateSerialNumberException when its serial number is taken
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException naming
     *     {@code customerOrganizationId} when no such organization exists
     */
    OwnedMachine add(Machine machine);

    /** The machine with this id and its owner, or empty when there is none. */
    Optional<OwnedMachine> findById(MachineId id);

    /**
     * Up to {@code query.limit() + 1} machines with their owners, in the scope and passing the
     * query's filter, in its order, after its position: the scope is part of the query, so the page
     * is never short.
     */
    List<OwnedMachine> list(Scope scope, MachineQuery query);

    /**
     * Stores a revised machine, in one step with checking that the stored one is at the version
     * before it, and answers it with its owner, which the revision may have changed.
     *
     * @throws MachineNotFoundException when it no longer exists
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it was changed meanwhile
     * @throws DuplicateSerialNumberException when its new serial number is taken
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException naming
     *     {@code customerOrganizationId} when no such organization exists
     */
    OwnedMachine update(Machine revised);

    /**
     * Removes a machine, in one step with checking that it is at a version expected.
     *
     * @throws MachineNotFoundException when it does not exist
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it is at a version not expected
     */
    void delete(MachineId id, ExpectedVersion expected);
}
