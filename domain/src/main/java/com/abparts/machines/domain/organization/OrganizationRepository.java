package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where organizations are kept. Every implementation must pass {@code OrganizationRepositoryContract}
 * from this module's tests.
 */
public interface OrganizationRepository {

    /** Keeps a new organization. @throws DuplicateOrganizationNameException when its name is taken */
    void add(Organization organization);

    Optional<Organization> findById(OrganizationId id);

    /**
     * Up to {@code query.limit() + 1} organizations in the scope, in the query's order, after its
     * position: the scope is part of the query, so the page is never short.
     */
    List<Organization> list(Scope scope, OrganizationQuery query);

    /**
     * Stores a revised organization, in one step with checking that the stored one is at the
     * version before.
     *
     * @throws OrganizationNotFoundException when it no longer exists
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it was changed meanwhile
     * @throws DuplicateOrganizationNameException when its new name is taken
     */
    void update(Organization revised);

    /**
     * Removes an organization, in one step with checking that it is at a version expected.
     *
     * @throws OrganizationNotFoundException when it does not exist
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it is at a version not expected
     * @throws OrganizationOwnsMachinesException when it still owns machines
     */
    void delete(OrganizationId id, ExpectedVersion expected);
}
