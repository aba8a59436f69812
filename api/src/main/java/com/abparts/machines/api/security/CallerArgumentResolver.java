package com.abparts.machines.api.security;

import com.abparts.machines.domain.organization.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link Caller} parameter the caller of the request, so that controllers
 * pass it to the use cases without knowing where it came from. Authorization lets a request reach a
 * controller only with a caller, so one is always there.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication authentication) {
            return authentication.caller().orElseThrow(authentication::refusal);
        }
        throw new IllegalStateException("a request reached a controller without a caller: the API's authorization lets none through");
    }
}
