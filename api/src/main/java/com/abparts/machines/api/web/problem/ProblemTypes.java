package com.abparts.machines.api.web.problem;

import java.net.URI;

/** The {@code type} of each kind of problem this API reports; plain HTTP errors keep {@code about:blank}. */
final class ProblemTypes {

    static final URI INVALID_FIELDS = URI.create("urn:abparts:problem:invalid-fields");
    static final URI INVALID_REQUEST = URI.create("urn:abparts:problem:invalid-request");
    static final URI NOT_FOUND = URI.create("urn:abparts:problem:not-found");
    static final URI CONFLICT = URI.create("urn:abparts:problem:conflict");
    static final URI VERSION_MISMATCH = URI.create("urn:abparts:problem:version-mismatch");
    static final URI BODY_TOO_LARGE = URI.create("urn:abparts:problem:body-too-large");
    static final URI DATABASE_UNAVAILABLE = URI.create("urn:abparts:problem:database-unavailable");
    static final URI INTERNAL_ERROR = URI.create("urn:abparts:problem:internal-error");

    private ProblemTypes() {}
}
