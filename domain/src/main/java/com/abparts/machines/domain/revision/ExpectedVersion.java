package com.abparts.machines.domain.revision;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The versions of a resource that a writer is willing to change: any version (it named none), or
 * only one of those it names. A writer that names versions none of which can exist gets a condition
 * that nothing meets, rather than none at all: its write must fail, not proceed.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** {@code null} for any version. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions == null ? null : Set.copyOf(versions);
    }

    /** Whatever version is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** Only this version. */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    /** Only one of these versions; none at all when the set is empty. */
    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(versions);
    }

    /** Whether a write may change the resource at this version. */
    public boolean admits(long version) {
        return versions == null || versions.contains(version);
    }

    /** Whether the writer named versions, so that a write which loses a race must fail rather than be tried again. */
    public boolean isConditional() {
        return versions != null;
    }

    /** The versions admitted, for a conditional writer. */
    public Set<Long> versions() {
        if (versions == null) {
            throw new IllegalStateException("any version is admitted");
        }
        return versions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedVersion that && Objects.equals(versions, that.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(versions);
    }

    /** In words, e.g. {@code version 3}. */
    @Override
    public String toString() {
        if (versions == null) {
            return "any version";
        }
        if (versions.isEmpty()) {
            return "no version that can exist";
        }
        String listed = new TreeSet<>(versions).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (versions.size() == 1 ? "version " : "one of the versions ") + listed;
    }
}
