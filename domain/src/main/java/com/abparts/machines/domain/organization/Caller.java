package com.abparts.machines.domain.organization;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls a use case: a user, by the subject its identity provider knows it as, with its
 * strongest role, and the organization it belongs to. A {@link Role#SUPER_ADMIN} may belong to
 * none; the staff of a customer organization always belong to one.
 */
public record Caller(String subject, Role role, Optional<OrganizationId> organization) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        if (role != Role.SUPER_ADMIN && organization.isEmpty()) {
            throw new NotACallerException(NotACallerException.Reason.NO_ORGANIZATION);
        }
    }

    /**
     * The caller that a verified identity makes, its strongest role counting.
     *
     * @throws NotACallerException when it has no role, or is staff of a customer organization without one
     */
    public static Caller of(String subject, Set<Role> roles, Optional<OrganizationId> organization) {
        Role strongest = Arrays.stream(Role.values()).filter(roles::contains).findFirst()
                .orElseThrow(() -> new NotACallerException(NotACallerException.Reason.NO_ROLE));
        return new Caller(subject, strongest, organization);
    }

    /** Whose organizations and machines this caller sees. */
    public Scope scope() {
        return role == Role.SUPER_ADMIN ? Scope.everything() : Scope.of(organization.orElseThrow());
    }

    /** Whether this caller sees the organization, and what it owns. */
    public boolean sees(OrganizationId owner) {
        return scope().includes(owner);
    }

    /** Whether the caller may change the registry: register, change and delete organizations and machines. */
    public boolean mayChangeTheRegistry() {
        return role == Role.SUPER_ADMIN;
    }

    /**
     * Lets the caller go on only if it changes the registry, its organizations and machines, by right.
     *
     * @param action what the caller asked for, in words, e.g. {@code registering machines}
     * @throws NotPermittedException naming the role needed
     */
    public void requireRightToChangeTheRegistry(String action) {
        if (!mayChangeTheRegistry()) {
            throw new NotPermittedException(action, Role.SUPER_ADMIN);
        }
    }
}
