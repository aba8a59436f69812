package com.abparts.machines.domain.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the fields of one domain object and remembers every violation, so that a constructor
 * can report all invalid fields together instead of stopping at the first.
 *
 * <p>Text is trimmed before it is checked, and its length is counted in Unicode code points,
 * as PostgreSQL counts {@code varchar(n)}. Text that PostgreSQL cannot store is refused rather than
 * changed on its way: the character U+0000, and unpaired surrogates, which are no Unicode at all
 * (the driver would write them as '?').
 */
public final class FieldChecks {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** Returns the value, or records that it is missing. */
    public <T> T required(String field, T value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "must not be null"));
        }
        return value;
    }

    /** Returns the trimmed text, or records that it is blank, longer than {@code maxLength} or not storable. */
    public String requiredText(String field, String value, int maxLength) {
        String trimmed = trim(value);
        if (trimmed == null) {
            violations.add(new FieldViolation(field, "must not be blank"));
            return null;
        }
        return checkText(field, trimmed, maxLength);
    }

    /** Returns the trimmed text, {@code null} for blank text, or records that it is too long or not storable. */
    public String optionalText(String field, String value, int maxLength) {
        String trimmed = trim(value);
        return trimmed == null ? null : checkText(field, trimmed, maxLength);
    }

    /** What is wrong with text that PostgreSQL cannot store, in a client's words; empty when nothing is. */
    public static Optional<String> unstorable(String text) {
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of("must not contain the character U+0000");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode: it holds an unpaired surrogate");
            }
        }
        return Optional.empty();
    }

    /** Returns the instant, which may be {@code null}, or records that it is outside the {@link TimeRange}. */
    public Instant optionalTime(String field, Instant value) {
        if (value != null && !TimeRange.includes(value)) {
            violations.add(new FieldViolation(field, "must be " + TimeRange.IN_WORDS));
        }
        return value;
    }

    /** Records a violation of {@code field} unless {@code rule} holds. */
    public void check(boolean rule, String field, String message) {
        if (!rule) {
            violations.add(new FieldViolation(field, message));
        }
    }

    /** Throws {@link InvalidFieldsException} naming every violation recorded so far. */
    public void throwIfAnyViolated() {
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
    }

    private String checkText(String field, String text, int maxLength) {
        Optional<String> unstorable = unstorable(text);
        if (unstorable.isPresent()) {
            violations.add(new FieldViolation(field, unstorable.get()));
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            violations.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
        }
        return text;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
