package com.abparts.machines.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void anyAdmitsEveryVersionAndIsNoCondition() {
        assertThat(ExpectedVersion.any().admits(0)).isTrue();
        assertThat(ExpectedVersion.any().admits(41)).isTrue();
        assertThat(ExpectedVersion.any().isConditional()).isFalse();
        assertThatThrownBy(() -> ExpectedVersion.any().versions()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namedVersionsAdmitOnlyThemselves() {
        ExpectedVersion threeOrFour = ExpectedVersion.oneOf(Set.of(3L, 4L));

        assertThat(threeOrFour.admits(3)).isTrue();
        assertThat(threeOrFour.admits(4)).isTrue();
        assertThat(threeOrFour.admits(5)).isFalse();
        assertThat(threeOrFour.isConditional()).isTrue();
        assertThat(ExpectedVersion.of(3)).isEqualTo(ExpectedVersion.oneOf(Set.of(3L)));
    }

    @Test
    void noVersionsAdmitNothingYetAreACondition() {
        ExpectedVersion none = ExpectedVersion.oneOf(Set.of());

        assertThat(none.admits(0)).isFalse();
        assertThat(none.isConditional()).isTrue();
    }

    @Test
    void saysWhichVersionsInWords() {
        assertThat(ExpectedVersion.of(3)).hasToString("version 3");
        assertThat(ExpectedVersion.oneOf(Set.of(4L, 3L))).hasToString("one of the versions 3, 4");
        assertThat(ExpectedVersion.oneOf(Set.of())).hasToString("no version that can exist");
    }
}
