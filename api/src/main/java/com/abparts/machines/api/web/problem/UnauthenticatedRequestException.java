package com.abparts.machines.api.web.problem;

/**
 * A request to the API without a valid bearer token (RFC 6750): it carried none, or one that is
 * malformed, expired, not yet valid, or not signed by the trusted issuer. Answered with 401 and a
 * {@code WWW-Authenticate: Bearer} challenge.
 */
public final class UnauthenticatedRequestException extends RuntimeException {

    private final boolean tokenSent;

    /**
     * @param tokenSent whether the request carried a token, which the challenge then calls invalid
     * @param reason what is wrong with it, safe to tell the caller
     */
    public UnauthenticatedRequestException(boolean tokenSent, String reason) {
        super(reason);
        this.tokenSent = tokenSent;
    }

    public boolean tokenSent() {
        return tokenSent;
    }
}
