package com.abparts.machines.api.web.request;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** Every request's trace, as {@link RequestGate} found it: the caller's when its {@code traceparent} was valid, a new one otherwise. */
public final class TraceIds {

    /** W3C Trace Context's response header: {@code 00-<trace id>-<span id>-<flags>}. */
    public static final String HEADER = "traceresponse";
    static final String ATTRIBUTE = TraceIds.class.getName();

    private TraceIds() {}

    /**
     * This request's trace id. A request answered before its trace began (or with tracing switched
     * off) gets a new id, the same for every problem it answers, under which nothing is recorded: every
     * problem body names a trace.
     */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = newId();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }

    /** A trace id in W3C Trace Context's form (32 lowercase hex digits), for a request outside any trace. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
