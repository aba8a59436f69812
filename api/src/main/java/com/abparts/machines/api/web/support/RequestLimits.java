package com.abparts.machines.api.web.support;

import tools.jackson.core.StreamReadConstraints;

/**
 * How much of a request this API reads. A request beyond any of these is refused whole, with a
 * problem that names the limit, before it can cost more than a valid request does.
 */
public final class RequestLimits {

    /** The largest body read, in bytes (1 MiB); a body of exactly this size is read. */
    public static final long BODY_BYTES = 1_048_576;

    /** How deep JSON may nest: the bodies of this API are flat objects, so this only stops parsers from recursing. */
    public static final int JSON_NESTING_DEPTH = 32;

    /** The longest property name read: names are repeated in 422 problems, so they are kept short. */
    public static final int JSON_NAME_LENGTH = 1_024;

    /**
     * The most tokens read from one body: as many as the shortest tokens fill the largest body, so
     * that any JSON of the allowed size is read, and no parser works on more, whichever way the
     * body arrives.
     */
    public static final long JSON_TOKENS = BODY_BYTES / 2;

    /** The longest {@code Authorization} header read, in characters; Tomcat reads all headers up to a larger limit. */
    public static final int AUTHORIZATION_CHARACTERS = 8_192;

    /** The query parameters read from one request; Tomcat's own limit, refused with a problem here. */
    public static final int QUERY_PARAMETERS = 1_000;

    private RequestLimits() {}

    /** The limits as Jackson applies them while parsing. */
    public static StreamReadConstraints jsonReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(BODY_BYTES)
                .maxTokenCount(JSON_TOKENS)
                .maxNestingDepth(JSON_NESTING_DEPTH)
                .maxNameLength(JSON_NAME_LENGTH)
                .maxStringLength((int) BODY_BYTES)
                .build();
    }

    /** The JSON limits in a client's words. */
    public static String jsonInWords() {
        return "nesting at most " + JSON_NESTING_DEPTH + " levels deep, property names of at most " + JSON_NAME_LENGTH
                + " characters, at most " + JSON_TOKENS + " tokens";
    }
}
