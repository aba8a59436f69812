package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void quotesTheVersion() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void readsTheExpectedVersionFromIfMatch() {
        assertThat(EntityTags.expectedVersion("\"3\"")).isEqualTo(ExpectedVersion.of(3));
        assertThat(EntityTags.expectedVersion(null)).isEqualTo(ExpectedVersion.any());
        assertThat(EntityTags.expectedVersion("*")).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void makesATagThatCannotBeOursNeverMatch() {
        assertThat(EntityTags.expectedVersion("W/\"3\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(EntityTags.expectedVersion("\"abc\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    @Test
    void admitsEveryStrongTagOfAList() {
        assertThat(EntityTags.expectedVersion("\"3\", \"4\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 4L)));
        assertThat(EntityTags.expectedVersion("\"4\",\"3\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(3L, 4L)));
        assertThat(EntityTags.expectedVersion("W/\"3\", \"4\"")).isEqualTo(ExpectedVersion.of(4));
        assertThat(EntityTags.expectedVersion("\"a,b\", \"5\"")).isEqualTo(ExpectedVersion.of(5));
        assertThat(EntityTags.expectedVersion("3, \"4\"")).isEqualTo(ExpectedVersion.of(4));
    }

    @Test
    void admitsNoneForAHeaderWithoutAUsableTag() {
        assertThat(EntityTags.expectedVersion(",,")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(EntityTags.expectedVersion("\"3")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
        assertThat(EntityTags.expectedVersion("\"9999999999999999999\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    }

    @Test
    void findsTheCurrentVersionAmongIfNoneMatchTags() {
        assertThat(EntityTags.isCurrentAmong("W/\"3\"", 3)).isTrue();
        assertThat(EntityTags.isCurrentAmong("\"x\", \"3\"", 3)).isTrue();
        assertThat(EntityTags.isCurrentAmong("\"1\", \"3\"", 3)).isTrue();
        assertThat(EntityTags.isCurrentAmong("*", 3)).isTrue();
        assertThat(EntityTags.isCurrentAmong("\"2\"", 3)).isFalse();
        assertThat(EntityTags.isCurrentAmong(null, 3)).isFalse();
    }
}
