package com.abparts.machines.domain.revision;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * How the use cases change an aggregate: read, change, write under optimistic concurrency. When the
 * writer named the versions it changes, the change happens only to one of those. When it did not,
 * a write that lost a race to another writer is tried again on the newer state, so that it neither
 * fails for no reason of the writer's nor overwrites the other writer's change.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 * @param <R> what writing it gives back
 */
public final class Revisions<I, T, R> {

    private static final int ATTEMPTS = 5;

    private final String kind;
    private final Function<I, T> load;
    private final ToLongFunction<T> versionOf;
    private final Function<T, R> write;

    /**
     * @param kind names the aggregate in error messages ({@code machine})
     * @param load reads the current state (and throws when the aggregate is gone)
     * @param write writes a revised state, throwing {@link VersionMismatchException} when the stored
     *     version moved on meanwhile
     */
    public Revisions(String kind, Function<I, T> load, ToLongFunction<T> versionOf, Function<T, R> write) {
        this.kind = kind;
        this.load = load;
        this.versionOf = versionOf;
        this.write = write;
    }

    /** Writes what {@code revision} makes of the current state of {@code id}, at one of the versions expected. */
    public R revise(I id, ExpectedVersion expected, UnaryOperator<T> revision) {
        for (int attempt = 1; ; attempt++) {
            T current = load.apply(id);
            if (!expected.admits(versionOf.applyAsLong(current))) {
                throw new VersionMismatchException(kind + " " + id, expected);
            }
            try {
                return write.apply(revision.apply(current));
            } catch (VersionMismatchException lostRace) {
                if (expected.isConditional() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
