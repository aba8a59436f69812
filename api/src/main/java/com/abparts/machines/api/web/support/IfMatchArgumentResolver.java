package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link ExpectedVersion} parameter the versions the request's
 * {@code If-Match} header admits, so that every conditional write reads the header the same way.
 * A resource's entity tag is its version, quoted ({@code "3"}); the header is parsed by Spring's
 * {@link ETag}. (Reads need nothing of the service's: Spring MVC answers a GET whose
 * {@code If-None-Match} names the current tag with 304, from the {@code ETag} the controller sets.)
 */
public final class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

    /** The longest version a tag can name: a {@code long} has at most 19 digits. */
    private static final int VERSION_DIGITS = 18;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ExpectedVersion.class;
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
    }

    /**
     * The versions an {@code If-Match} header admits: any without the header or for {@code *};
     * otherwise those its strong tags name. A weak tag never matches (strong comparison, RFC 9110
     * section 13.1.1), and a header naming no tag that can be one of ours admits none, so the write
     * fails rather than proceeding unconditionally.
     */
    static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.any();
        }
        List<ETag> tags = ETag.parse(ifMatch);
        if (tags.size() == 1 && tags.getFirst().isWildcard()) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (ETag tag : tags) {
            if (!tag.weak() && isVersion(tag.tag())) {
                versions.add(Long.parseLong(tag.tag()));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    private static boolean isVersion(String opaque) {
        return !opaque.isEmpty() && opaque.length() <= VERSION_DIGITS && opaque.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
