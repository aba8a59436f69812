package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.VersionMismatchException;
import com.abparts.machines.domain.paging.InMemoryKeyset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** An {@link OrganizationRepository} in a map, for use-case tests; kept honest by its contract test. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {

    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    private Predicate<OrganizationId> ownsMachines = id -> false;

    /** For the machine repository: its stand-in for a foreign key. */
    public synchronized boolean exists(OrganizationId id) {
        return organizations.containsKey(id);
    }

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
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public synchronized Map<OrganizationId, Organization> findAllById(Collection<OrganizationId> ids) {
        Map<OrganizationId, Organization> found = new LinkedHashMap<>();
        ids.stream().filter(organizations::containsKey).forEach(id -> found.put(id, organizations.get(id)));
        return found;
    }

    @Override
    public synchronized List<Organization> list(OrganizationQuery query) {
        List<Organization> all = new ArrayList<>(organizations.values());
        return switch (query.sort().field()) {
            case CREATED_AT -> new InMemoryKeyset<>(Organization::createdAt, Instant::parse, (Organization o) -> o.id().value())
                    .page(all, query.sort().direction(), query.after(), query.limit());
            case NAME -> new InMemoryKeyset<>(Organization::name, (String key) -> key, (Organization o) -> o.id().value())
                    .page(all, query.sort().direction(), query.after(), query.limit());
        };
    }

    @Override
    public synchronized void update(Organization changed) {
        Organization stored = organizations.get(changed.id());
        if (stored == null) {
            throw new OrganizationNotFoundException(changed.id());
        }
        if (stored.version() != changed.version() - 1) {
            throw new VersionMismatchException("organization " + changed.id(), changed.version() - 1);
        }
        requireUniqueName(changed);
        organizations.put(changed.id(), changed);
    }

    @Override
    public synchronized void delete(OrganizationId id, OptionalLong expectedVersion) {
        Organization stored = organizations.get(id);
        if (stored == null) {
            throw new OrganizationNotFoundException(id);
        }
        if (expectedVersion.isPresent() && stored.version() != expectedVersion.getAsLong()) {
            throw new VersionMismatchException("organization " + id, expectedVersion.getAsLong());
        }
        if (ownsMachines.test(id)) {
            throw new OrganizationOwnsMachinesException(id);
        }
        organizations.remove(id);
    }

    private void requireUniqueName(Organization organization) {
        boolean taken = organizations.values().stream()
                .anyMatch(other -> !other.id().equals(organization.id()) && other.name().equals(organization.name()));
        if (taken) {
            throw new DuplicateOrganizationNameException(organization.name());
        }
    }
}
