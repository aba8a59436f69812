package com.abparts.machines.domain.planted;

import org.springframework.stereotype.Component;

/** Planted violation: a domain type that Spring discovers and manages. */
@Component
public class FrameworkManagedPolicy {
}
