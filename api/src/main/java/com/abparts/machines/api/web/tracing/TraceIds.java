package com.abparts.machines.api.web.tracing;

import jakarta.servlet.http.HttpServletRequest;

/** Every request's trace, as {@link TraceResponseFilter} found it: the caller's when its {@code traceparent} was valid, a new one otherwise. */
public final class TraceIds {

    /** W3C Trace Context's response header: {@code 00-<trace id>-<span id>-<flags>}. */
    public static final String HEADER = "traceresponse";
    static final String ATTRIBUTE = TraceIds.class.getName();

    private TraceIds() {}

    /** This request's trace id, or null when tracing is switched off. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }
}
