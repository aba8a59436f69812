package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void countsEveryErrorAndListsTheFirstHundred() {
        FieldErrors errors = new FieldErrors();
        IntStream.range(0, 250).forEach(i -> errors.add(new FieldError("f" + i, "is not a property")));

        assertThat(errors.total()).isEqualTo(250);
        assertThat(errors.listed()).hasSize(100).first().isEqualTo(new FieldError("f0", "is not a property"));
        assertThat(errors.listed()).last().isEqualTo(new FieldError("f99", "is not a property"));
        assertThat(errors.summary("field")).isEqualTo("250 fields are invalid; the first 100 are listed");
    }

    @Test
    void summarisesFewErrorsWithoutMentioningTheList() {
        FieldErrors one = new FieldErrors();
        one.add(new FieldError("name", "must not be blank"));
        FieldErrors hundred = new FieldErrors();
        IntStream.range(0, 100).forEach(i -> hundred.add(new FieldError("p" + i, "x")));

        assertThat(one.summary("field")).isEqualTo("1 field is invalid");
        assertThat(hundred.summary("parameter")).isEqualTo("100 parameters are invalid");
    }

    @Test
    void repeatsNamesShortAndPrintable() {
        FieldErrors errors = new FieldErrors();
        errors.add(new FieldError("\uD83D\uDE9C".repeat(70), "x"));
        errors.add(new FieldError("a\u0000b\nc\uD800", "x"));

        assertThat(errors.listed()).extracting(FieldError::field)
                .containsExactly("\uD83D\uDE9C".repeat(64) + "…", "a\uFFFDb\uFFFDc\uFFFD");
    }
}
