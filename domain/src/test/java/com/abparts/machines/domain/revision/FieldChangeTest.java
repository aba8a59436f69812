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
    void saysWhetherItChangesTheField() {
        assertThat(FieldChange.keep().changes()).isFalse();
        assertThat(FieldChange.set("after").changes()).isTrue();
        assertThat(FieldChange.clear().changes()).isTrue();
    }

    @Test
    void setsNoNullForClearingIsSaidSo() {
        assertThatThrownBy(() -> FieldChange.set(null)).isInstanceOf(NullPointerException.class);
    }
}
