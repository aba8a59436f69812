package com.abparts.machines.api.security;

import com.abparts.machines.api.web.support.RoleNames;
import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.NotACallerException;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified token into the caller of the use cases: its subject, the ABParts roles among
 * those its roles claim lists (others are ignored), and the organization its organization claim
 * names, a UUID in its canonical form. A claim of the wrong type or form counts as absent, so such a token is
 * refused (403), never a 500.
 */
public final class TokenToCaller implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String organizationClaim;

    public TokenToCaller(String rolesClaim, String organizationClaim) {
        this.rolesClaim = rolesClaim;
        this.organizationClaim = organizationClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String subject = token.getSubject();
        try {
            return CallerAuthentication.of(token, Caller.of(subject, rolesOf(token), organizationOf(token)));
        } catch (NotACallerException refusal) {
            return CallerAuthentication.refused(token, subject, refusal);
        }
    }

    private Set<Role> rolesOf(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (token.getClaims().get(rolesClaim) instanceof Collection<?> names) {
            names.stream().filter(String.class::isInstance).map(String.class::cast)
                    .flatMap(name -> RoleNames.roleNamed(name).stream()).forEach(roles::add);
        }
        return roles;
    }

    private Optional<OrganizationId> organizationOf(Jwt token) {
        if (!(token.getClaims().get(organizationClaim) instanceof String id)) {
            return Optional.empty();
        }
        try {
            UUID organization = UUID.fromString(id);
            // UUID.fromString also takes shortened groups ("a5e0000-0-4000-8000-2"); an id is only ever written in full.
            return organization.toString().equalsIgnoreCase(id) ? Optional.of(new OrganizationId(organization)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
