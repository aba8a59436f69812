package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.inmemory.InMemoryKeyset;
import com.abparts.machines.domain.inmemory.InMemoryTable;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** An {@link OrganizationRepository} in memory, for use-case tests; kept honest by its contract test. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {

    private final InMemoryTable<OrganizationId, Organization> organizations =
            new InMemoryTable<>("organization", Organization::version, OrganizationNotFoundException::new);
    private Predicate<OrganizationId> ownsMachines = id -> false;

    /** Lets the machine repository tell which organizations still own machines. */
    public synchronized void ownershipCheckedBy(Predicate<OrganizationId> ownsMachines) {
        this.ownsMachines = ownsMachines;
    }

    @Override
    public synchronized void add(Organization organization) {
        requireUniqueName(organization);
        organizations.put(organization.id(), organization);
    }

    @Override
    public synchronized Optional<Organization> findById(OrganizationId id) {
        return organizations.find(id);
    }

    @Override
    public synchronized List<Organization> list(Scope scope, OrganizationQuery query) {
        List<Organization> all = organizations.rows().stream().filter(organization -> scope.includes(organization.id())).toList();
        return switch (query.sort().field()) {
            case CREATED_AT -> new InMemoryKeyset<>(Organization::createdAt, Instant::parse, (Organization o) -> o.id().value())
                    .page(all, query.sort().direction(), query.after(), query.limit());
            case NAME -> new InMemoryKeyset<>((Organization o) -> o.details().name(), (String key) -> key, (Organization o) -> o.id().value())
                    .page(all, query.sort().direction(), query.after(), query.limit());
        };
    }

    /** Lets another writer revise first, as the next revision is about to be stored. */
    public synchronized void beforeNextRevision(Runnable otherWriter) {
        organizations.beforeNextRevision(otherWriter);
    }

    @Override
    public synchronized void update(Organization revised) {
        organizations.requireRevisable(revised.id(), revised.version());
        requireUniqueName(revised);
        organizations.put(revised.id(), revised);
    }

    @Override
    public synchronized void delete(OrganizationId id, ExpectedVersion expected) {
        organizations.requireAt(id, expected);
        if (ownsMachines.test(id)) {
            throw new OrganizationOwnsMachinesException(id);
        }
        organizations.remove(id);
    }

    private void requireUniqueName(Organization organization) {
        String name = organization.details().name();
        boolean taken = organizations.rows().stream()
                .anyMatch(other -> !other.id().equals(organization.id()) && other.details().name().equals(name));
        if (taken) {
            throw new DuplicateOrganizationNameException(name);
        }
    }
}
