package com.abparts.machines.domain.failure;

import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read, change, write under optimistic concurrency. When the caller named the version it changed,
 * the change happens only to that version. When it did not, a write that lost a race to another
 * writer is tried again on the newer state, so that it neither fails for no reason of the
 * caller's nor overwrites the other writer's change.
 */
public final class Revisions {

    private static final int ATTEMPTS = 5;

    private Revisions() {}

    /**
     * @param what names the thing for error messages
     * @param expectedVersion the version the caller changed, if it said
     * @param load reads the current state (and throws when the thing is gone)
     * @param change changes a state and writes it, throwing {@link VersionMismatchException} when
     *     the stored version moved on meanwhile
     */
    public static <T, R> R revise(String what, OptionalLong expectedVersion, Supplier<T> load,
            ToLongFunction<T> versionOf, Function<T, R> change) {
        for (int attempt = 1; ; attempt++) {
            T current = load.get();
            if (expectedVersion.isPresent() && versionOf.applyAsLong(current) != expectedVersion.getAsLong()) {
                throw new VersionMismatchException(what, expectedVersion.getAsLong());
            }
            try {
                return change.apply(current);
            } catch (VersionMismatchException lostRace) {
                if (expectedVersion.isPresent() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
