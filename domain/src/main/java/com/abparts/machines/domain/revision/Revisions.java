package com.abparts.machines.domain.revision;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read, change, write under optimistic concurrency. When the writer named the versions it changes,
 * the change happens only to one of those. When it did not, a write that lost a race to another
 * writer is tried again on the newer state, so that it neither fails for no reason of the writer's
 * nor overwrites the other writer's change.
 */
public final class Revisions {

    private static final int ATTEMPTS = 5;

    private Revisions() {}

    /**
     * @param what names the thing for error messages
     * @param expected the versions the writer changes
     * @param load reads the current state (and throws when the thing is gone)
     * @param change changes a state and writes it, throwing {@link VersionMismatchException} when
     *     the stored version moved on meanwhile
     */
    public static <T, R> R revise(String what, ExpectedVersion expected, Supplier<T> load,
            ToLongFunction<T> versionOf, Function<T, R> change) {
        for (int attempt = 1; ; attempt++) {
            T current = load.get();
            if (!expected.admits(versionOf.applyAsLong(current))) {
                throw new VersionMismatchException(what, expected);
            }
            try {
                return change.apply(current);
            } catch (VersionMismatchException lostRace) {
                if (expected.isConditional() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
