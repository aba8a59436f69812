package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body one by one, collecting every problem instead of stopping
 * at the first: wrong JSON types, unparseable ids and timestamps, values outside a fixed set, and
 * properties the resource does not have. Missing values are left to the domain's own checks.
 */
public final class JsonObjectReader {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> known = new LinkedHashSet<>();

    public JsonObjectReader(JsonNode body, String... properties) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(new FieldError("body", "must be a JSON object"));
        }
        this.body = body;
        known.addAll(Arrays.asList(properties));
        body.propertyNames().stream().filter(name -> !known.contains(name))
                .forEach(name -> errors.add(new FieldError(name, "is not a property of this resource; allowed: " + String.join(", ", known))));
    }

    public String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return value.stringValue();
    }

    public UUID uuid(String field) {
        return parsed(field, UUID::fromString, "must be a UUID");
    }

    /** An ISO-8601 timestamp with an offset, e.g. {@code 2025-07-25T14:25:00Z}. */
    public Instant timestamp(String field) {
        return parsed(field, text -> OffsetDateTime.parse(text).toInstant(), "must be an ISO-8601 timestamp with offset, e.g. 2025-07-25T14:25:00Z");
    }

    /** One of a fixed set of labels; the error lists them. */
    public <E> E oneOf(String field, List<String> labels, Function<String, E> valueOf) {
        String label = text(field);
        if (label == null) {
            return null;
        }
        if (!labels.contains(label)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", labels), labels));
            return null;
        }
        return valueOf.apply(label);
    }

    /**
     * Builds the domain value from what was read, and throws {@link UnprocessableInputException}
     * with every error: those found while reading, then the domain's own for the other fields.
     */
    public <T> T build(Supplier<T> domainValue) {
        List<FieldError> all = new ArrayList<>(errors);
        T value = null;
        try {
            value = domainValue.get();
        } catch (InvalidFieldsException invalid) {
            Set<String> alreadyReported = new LinkedHashSet<>();
            errors.forEach(error -> alreadyReported.add(error.field()));
            for (FieldViolation violation : invalid.violations()) {
                if (!alreadyReported.contains(violation.field())) {
                    all.add(new FieldError(violation.field(), violation.message()));
                }
            }
        }
        if (!all.isEmpty()) {
            throw new UnprocessableInputException(all);
        }
        return value;
    }

    private <T> T parsed(String field, Function<String, T> parse, String expectation) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, expectation));
            return null;
        }
    }
}
