package com.abparts.machines.api.web.problem;

/** A token could not be checked because the identity provider's keys cannot be fetched: not the caller's fault (503). */
public final class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(Throwable cause) {
        super("the identity provider cannot be reached", cause);
    }
}
