package com.abparts.machines.domain.planted;

import jakarta.validation.constraints.NotBlank;

/** Planted violation: a domain type whose field carries a Bean Validation annotation. */
public class ValidatedMachineDraft {

    @NotBlank
    String serialNumber;
}
