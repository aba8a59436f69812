package com.abparts.machines.domain.organization;

/** Who may change which organization, for the organization use cases. */
final class OrganizationAccess {

    private OrganizationAccess() {}

    /**
     * Lets the caller go on only if it may change the organization. One that may not learns whether
     * it exists only where it could see it: elsewhere the answer is that there is no such organization.
     *
     * @throws OrganizationNotFoundException when the caller cannot see an organization with this id
     * @throws NotPermittedException when it can, and may not change it
     */
    static void requireRightToChange(Caller caller, OrganizationId id, String action) {
        if (!caller.sees(id)) {
            throw new OrganizationNotFoundException(id);
        }
        caller.requireRightToChangeTheRegistry(action);
    }
}
