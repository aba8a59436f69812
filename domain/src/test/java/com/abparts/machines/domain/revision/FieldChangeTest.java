package com.abparts.machines.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void keepsSetsOrClearsAValue() {
        assertThat(FieldChange.<String>keep().applyTo("before")).isEqualTo("before");
        assertThat(FieldChange.set("after").applyTo("before")).isEqualTo("after");
        assertThat(FieldChange.<String>clear().applyTo("before")).isNull();
    }

    @Test
    void convertsOnlyANewValue() {
        assertThat(FieldChange.set("7").map(Integer::valueOf)).isEqualTo(FieldChange.set(7));
        assertThat(FieldChange.<String>keep().map(Integer::valueOf)).isEqualTo(FieldChange.keep());
        assertThat(FieldChange.<String>clear().map(Integer::valueOf)).isEqualTo(FieldChange.clear());
    }

    @Test
    void setsNoNullForClearingIsSaidSo() {
        assertThatThrownBy(() -> FieldChange.set(null)).isInstanceOf(NullPointerException.class);
    }
}
