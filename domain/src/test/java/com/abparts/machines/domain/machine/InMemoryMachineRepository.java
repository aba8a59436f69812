package com.abparts.machines.domain.machine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link MachineRepository} in a map, for use-case tests; kept honest by its contract test. */
public final class InMemoryMachineRepository implements MachineRepository {

    private final Map<MachineId, Machine> machines = new ConcurrentHashMap<>();

    @Override
    public void add(Machine machine) {
        machines.put(machine.id(), machine);
    }

    @Override
    public Optional<Machine> findById(MachineId id) {
        return Optional.ofNullable(machines.get(id));
    }
}
