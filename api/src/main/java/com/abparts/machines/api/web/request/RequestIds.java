package com.abparts.machines.api.web.request;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every request's id: the caller's {@code X-Request-Id} when it is sane, a new one otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    static String choose(String callers) {
        return callers != null && SANE.matcher(callers).matches() ? callers : UUID.randomUUID().toString();
    }

    /** The id {@link RequestGate} gave this request. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }
}
