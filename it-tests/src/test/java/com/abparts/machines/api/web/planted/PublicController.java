package com.abparts.machines.api.web.planted;

import org.springframework.web.bind.annotation.RestController;

/**
 * Planted violation: a controller that other code could call directly. Abstract, so that the
 * integration tests' component scan, which reaches this package, passes it over.
 */
@RestController
public abstract class PublicController {
}
