package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The versions an If-Match header admits, read through Spring's ETag parser. */
class IfMatchArgumentResolverTest {

    @Test
    void readsTheExpectedVersionFromIfMatch() {
        assertThat(IfMatchArgumentResolver.expectedVersion("\"3\"")).isEqualTo(ExpectedVersion.of(3));
        assertThat(IfMatchArgumentResolver.expectedVersion(null)).isEqualTo(ExpectedVersion.any());
        assertThat(IfMatchArgumentResolver.expectedVersion("*")).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void makesATagThatCannotBeOursNeverMatch() {
        assertThat(IfMatchArgumentResolver.expectedVersion("W/\"3\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(IfMatchArgumentResolver.expectedVersion("\"abc\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    @Test
    void admitsEveryStrongTagOfAList() {
        assertThat(IfMatchArgumentResolver.expectedVersion("\"3\", \"4\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 4L)));
        assertThat(IfMatchArgumentResolver.expectedVersion("\"4\",\"3\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 4L)));
        assertThat(IfMatchArgumentResolver.expectedVersion("W/\"3\", \"4\"")).isEqualTo(ExpectedVersion.of(4));
        assertThat(IfMatchArgumentResolver.expectedVersion("\"a,b\", \"5\"")).isEqualTo(ExpectedVersion.of(5));
        assertThat(IfMatchArgumentResolver.expectedVersion("3, \"4\"")).isEqualTo(ExpectedVersion.of(4));
    }

    @Test
    void admitsNoneForAHeaderWithoutAUsableTag() {
        assertThat(IfMatchArgumentResolver.expectedVersion(",,")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(IfMatchArgumentResolver.expectedVersion("\"3")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(IfMatchArgumentResolver.expectedVersion("\"9999999999999999999\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }
}
