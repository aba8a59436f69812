package com.abparts.machines.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the fields of one domain object and remembers every violation, so that a constructor
 * can report all invalid fields together instead of stopping at the first.
 *
 * <p>Text is trimmed before it is checked, and its length is counted in Unicode code points,
 * as PostgreSQL counts {@code varchar(n)}.
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

    /** Returns the trimmed text, or records that it is blank or longer than {@code maxLength}. */
    public String requiredText(String field, String value, int maxLength) {
        String trimmed = trim(value);
        if (trimmed == null) {
            violations.add(new FieldViolation(field, "must not be blank"));
            return null;
        }
        return checkLength(field, trimmed, maxLength);
    }

    /** Returns the trimmed text, {@code null} for blank text, or records that it is too long. */
    public String optionalText(String field, String value, int maxLength) {
        String trimmed = trim(value);
        return trimmed == null ? null : checkLength(field, trimmed, maxLength);
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

    private String checkLength(String field, String text, int maxLength) {
        if (text.codePointCount(0, text.length()) > maxLength) {
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
