package com.abparts.machines.domain.machine;

import java.util.Optional;

/**
 * Where machines are kept. Every implementation must pass {@code MachineRepositoryContract}
 * from this module's tests, which states these promises as executable examples.
 */
public interface MachineRepository {

    /** Keeps a new machine; afterwards {@link #findById} returns it, equal in every field. */
    void add(Machine machine);

    /** The machine with this id, or empty when there is none. */
    Optional<Machine> findById(MachineId id);
}
