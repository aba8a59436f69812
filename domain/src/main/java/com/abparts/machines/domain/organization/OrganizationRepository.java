package com.abparts.machines.domain.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where organizations are kept. Every implementation must pass {@code OrganizationRepositoryContract}
 * from this module's tests.
 */
public interface OrganizationRepository {

    /** Keeps a new organization. @throws DuplicateOrganizationNameException when its name is taken */
    void add(Organization organization);

    Optional<Organization> findById(OrganizationId id);

    /** The organizations with these ids that exist, by id. */
    Map<OrganizationId, Organization> findAllById(Collection<OrganizationId> ids);

    /** Up to {@code query.limit() + 1} organizations in the query's order, after its position. */
    List<Organization> list(OrganizationQuery query);

    /**
     * Stores a changed organization, in one step with checking that the stored one is at the
     * version before.
     *
     * @throws OrganizationNotFoundException when it no longer exists
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when it was changed meanwhile
     * @throws DuplicateOrganizationNameException when its new name is taken
     */
    void update(Organization changed);

    /**
     * Removes an organization, if it is at the expected version when one is given.
     *
     * @throws OrganizationNotFoundException when it does not exist
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when it is at another version
     * @throws OrganizationOwnsMachinesException when it still owns machines
     */
    void delete(OrganizationId id, OptionalLong expectedVersion);
}
