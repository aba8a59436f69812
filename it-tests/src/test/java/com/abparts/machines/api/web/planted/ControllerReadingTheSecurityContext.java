package com.abparts.machines.api.web.planted;

import org.springframework.security.core.context.SecurityContextHolder;

/** Planted violation: web code that asks Spring Security who calls, instead of taking the Caller. */
public class ControllerReadingTheSecurityContext {

    String caller() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
