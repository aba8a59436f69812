package com.abparts.machines.domain.inmemory;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rows of one kind in memory, by key, with the version checks every repository makes: a revision
 * is stored only over the version before it, a deletion only at a version expected. Not
 * synchronized: the repositories that use it are.
 */
public final class InMemoryTable<K, V> {

    private final Map<K, V> rows = new LinkedHashMap<>();
    private final String kind;
    private final ToLongFunction<V> versionOf;
    private final Function<K, RuntimeException> notFound;
    private Runnable beforeNextRevision = () -> {};

    /** @param kind names a row in errors, e.g. {@code machine} */
    public InMemoryTable(String kind, ToLongFunction<V> versionOf, Function<K, RuntimeException> notFound) {
        this.kind = kind;
        this.versionOf = versionOf;
        this.notFound = notFound;
    }

    public Optional<V> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** Every row, in the order they were first stored. */
    public List<V> rows() {
        return new ArrayList<>(rows.values());
    }

    public void put(K key, V row) {
        rows.put(key, row);
    }

    /**
     * Runs {@code otherWriter} once, as the next revision is about to be checked: the way a test
     * lets another writer win a race.
     */
    public void beforeNextRevision(Runnable otherWriter) {
        beforeNextRevision = otherWriter;
    }

    /** Checks that a revision at {@code revisedVersion} may replace the stored row, which is at the version before. */
    public void requireRevisable(K key, long revisedVersion) {
        Runnable otherWriter = beforeNextRevision;
        beforeNextRevision = () -> {};
        otherWriter.run();
        long stored = versionOf.applyAsLong(stored(key));
        if (stored != revisedVersion - 1) {
            throw new VersionMismatchException(kind + " " + key, ExpectedVersion.of(revisedVersion - 1));
        }
    }

    /** Checks that the stored row is at a version expected, and returns it. */
    public V requireAt(K key, ExpectedVersion expected) {
        V stored = stored(key);
        if (!expected.admits(versionOf.applyAsLong(stored))) {
            throw new VersionMismatchException(kind + " " + key, expected);
        }
        return stored;
    }

    public void remove(K key) {
        rows.remove(key);
    }

    private V stored(K key) {
        V stored = rows.get(key);
        if (stored == null) {
            throw notFound.apply(key);
        }
        return stored;
    }
}
