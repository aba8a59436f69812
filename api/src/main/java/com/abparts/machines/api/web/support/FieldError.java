package com.abparts.machines.api.web.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One invalid field or parameter, as a problem's {@code errors} lists it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "One invalid field of the body, or one invalid parameter.")
public record FieldError(
        @Schema(description = "The field's or parameter's name.", example = "status") String field,
        @Schema(description = "What is wrong with its value.", example = "must be one of active, inactive, maintenance, decommissioned")
        String message,
        @Schema(description = "The values allowed, where the field takes one of a fixed set.", nullable = true,
                example = "[\"active\", \"inactive\", \"maintenance\", \"decommissioned\"]")
        List<String> allowedValues) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
