package com.abparts.machines.api.web.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a value of the domain is written as text, in a JSON string or a query parameter, and what a
 * client is told when its text is not such a value: one rule for each kind of value, wherever it is read.
 *
 * @param type the domain type read
 * @param parse reads the (trimmed) text, throwing {@link IllegalArgumentException} or
 *     {@link DateTimeParseException} for text that is not a value
 * @param expectation what a client is told of text that is not a value
 * @param allowedValues the texts allowed, where there are few; empty otherwise
 */
public record ValueFormat<T>(Class<T> type, Function<String, T> parse, String expectation, List<String> allowedValues) {

    public ValueFormat {
        allowedValues = List.copyOf(allowedValues);
    }

    /** Any text. */
    public static ValueFormat<String> text() {
        return new ValueFormat<>(String.class, Function.identity(), "must be a string", List.of());
    }

    /** An instant as an ISO-8601 timestamp with an offset, e.g. {@code 2025-07-25T14:25:00Z}. */
    public static ValueFormat<Instant> timestamp() {
        return new ValueFormat<>(Instant.class, text -> OffsetDateTime.parse(text).toInstant(),
                "must be an ISO-8601 timestamp with offset, e.g. 2025-07-25T14:25:00Z", List.of());
    }

    /** An id type that wraps a UUID. */
    public static <T> ValueFormat<T> uuid(Class<T> type, Function<UUID, T> wrap) {
        return new ValueFormat<>(type, text -> wrap.apply(UUID.fromString(text)), "must be a UUID", List.of());
    }

    /** One of a few labels, case-sensitive; the error lists them. */
    public static <T> ValueFormat<T> oneOf(Class<T> type, List<String> labels, Function<String, T> valueOf) {
        return new ValueFormat<>(type, label -> {
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("not one of " + labels);
            }
            return valueOf.apply(label);
        }, "must be one of " + String.join(", ", labels), labels);
    }

    /**
     * The value of this text, or {@code null} with the client's error added to {@code errors}.
     *
     * @param field the name the client gave the text under
     */
    public T read(String field, String text, List<FieldError> errors) {
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException notAValue) {
            errors.add(new FieldError(field, expectation, allowedValues.isEmpty() ? null : allowedValues));
            return null;
        }
    }
}
