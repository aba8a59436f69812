package com.abparts.machines.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void refusesTextPostgresCannotStoreNamingTheField() {
        FieldChecks checks = new FieldChecks();
        checks.requiredText("name", "a\u0000b", 255);
        checks.optionalText("location", "quay \uD83D", 255);
        checks.optionalText("notes", "\uDE9C first", 255);

        assertThat(catchThrowableOfType(InvalidFieldsException.class, checks::throwIfAnyViolated).violations()).containsExactly(
                new FieldViolation("name", "must not contain the character U+0000"),
                new FieldViolation("location", "must be valid Unicode: it holds an unpaired surrogate"),
                new FieldViolation("notes", "must be valid Unicode: it holds an unpaired surrogate"));
    }

    @Test
    void acceptsPairedSurrogatesAndOtherControlCharacters() {
        FieldChecks checks = new FieldChecks();

        assertThat(checks.requiredText("name", "tractor \uD83D\uDE9C\t\u0001", 255)).isEqualTo("tractor \uD83D\uDE9C\t\u0001");
        checks.throwIfAnyViolated();
        assertThat(FieldChecks.unstorable("\uD83D\uDE9C")).isEmpty();
    }

    @Test
    void keepsInstantsToTheYearsRfc3339CanWrite() {
        FieldChecks checks = new FieldChecks();
        checks.optionalTime("first", Instant.parse("0001-01-01T00:00:00Z"));
        checks.optionalTime("last", Instant.parse("9999-12-31T23:59:59.999999999Z"));
        checks.optionalTime("none", null);
        checks.throwIfAnyViolated();

        checks.optionalTime("tooLate", Instant.parse("+10000-01-01T00:00:00Z"));
        checks.optionalTime("tooEarly", Instant.parse("0000-12-31T23:59:59Z"));
        assertThat(catchThrowableOfType(InvalidFieldsException.class, checks::throwIfAnyViolated).violations()).containsExactly(
                new FieldViolation("tooLate", "must be in the years 0001 to 9999"),
                new FieldViolation("tooEarly", "must be in the years 0001 to 9999"));
    }
}
