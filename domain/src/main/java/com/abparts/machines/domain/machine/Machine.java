package com.abparts.machines.domain.machine;

import java.time.Instant;
import java.util.Objects;

/**
 * An AutoBoss net-cleaning machine in the registry: its owner's {@link MachineDetails}, and what
 * the registry keeps about it. Its serial number is unique among all machines; its version grows
 * by one with every change, starting at 0.
 */
public record Machine(MachineId id, MachineDetails details, Instant createdAt, Instant updatedAt, long version) {

    public Machine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A machine new to the registry, at version 0. */
    public static Machine register(MachineId id, MachineDetails details, Instant now) {
        return new Machine(id, details, now, now, 0);
    }

    /** This machine with other details, one version later. */
    public Machine revise(MachineDetails newDetails, Instant now) {
        return new Machine(id, newDetails, createdAt, now, version + 1);
    }
}
