package com.abparts.machines.api.security;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.NotACallerException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request authenticated by a verified token: the caller it makes, or why it makes none (no
 * ABParts role, or an admin or user without an organization). Authorization lets only the former
 * into the API; the latter is answered 403 with the reason.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Jwt token;
    private final String subject;
    private final Caller caller;
    private final NotACallerException refusal;

    private CallerAuthentication(Jwt token, String subject, Caller caller, NotACallerException refusal) {
        super(List.of());
        this.token = token;
        this.subject = subject;
        this.caller = caller;
        this.refusal = refusal;
        setAuthenticated(true);
    }

    static CallerAuthentication of(Jwt token, Caller caller) {
        return new CallerAuthentication(token, caller.subject(), caller, null);
    }

    static CallerAuthentication refused(Jwt token, String subject, NotACallerException refusal) {
        return new CallerAuthentication(token, subject, null, refusal);
    }

    /** The caller, when the token makes one. */
    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    /** Why the token makes no caller; only where {@link #caller()} is empty. */
    NotACallerException refusal() {
        return refusal;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return subject;
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerAuthentication that && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }
}
