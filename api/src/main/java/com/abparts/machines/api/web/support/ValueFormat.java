package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.validation.TimeRange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

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

    /**
     * RFC 3339 section 5.6 {@code date-time}: four-digit years, seconds, an optional fraction, {@code Z} or an offset.
     * The fraction stops at the microsecond (later digits zeros), which is all PostgreSQL stores: a finer value would be
     * rounded on its way, and read back other than it was sent.
     */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6}0{0,3})?([Zz]|[+-]\\d{2}:\\d{2})");

    public ValueFormat {
        allowedValues = List.copyOf(allowedValues);
    }

    /** Any text. */
    public static ValueFormat<String> text() {
        return new ValueFormat<>(String.class, Function.identity(), "must be a string", List.of());
    }

    /**
     * An instant as an RFC 3339 {@code date-time}, with {@code Z} or an offset, in the years 0001 to
     * 9999, e.g. {@code 2025-07-25T14:25:00Z}: what the OpenAPI document promises, and all that
     * responses can write back.
     */
    public static ValueFormat<Instant> timestamp() {
        return new ValueFormat<>(Instant.class, ValueFormat::rfc3339, "must be an RFC 3339 timestamp with an offset, "
                + "at most to the microsecond, " + TimeRange.IN_WORDS + ", e.g. 2025-07-25T14:25:00Z", List.of());
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

    private static Instant rfc3339(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            throw new IllegalArgumentException("not an RFC 3339 date-time: " + text);
        }
        Instant instant = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        if (!TimeRange.includes(instant)) {
            throw new IllegalArgumentException("not " + TimeRange.IN_WORDS + ": " + text);
        }
        return instant;
    }

    /**
     * The value of this text, or {@code null} with the client's error added to {@code errors}.
     *
     * @param field the name the client gave the text under
     */
    public T read(String field, String text, FieldErrors errors) {
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException notAValue) {
            errors.add(new FieldError(field, expectation, allowedValues.isEmpty() ? null : allowedValues));
            return null;
        }
    }
}
