package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void quotesTheVersion() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void readsTheExpectedVersionFromIfMatch() {
        assertThat(EntityTags.expectedVersion("\"3\"")).isEqualTo(OptionalLong.of(3));
        assertThat(EntityTags.expectedVersion(null)).isEmpty();
        assertThat(EntityTags.expectedVersion("*")).isEmpty();
    }

    @Test
    void makesATagThatCannotBeOursNeverMatch() {
        assertThat(EntityTags.expectedVersion("W/\"3\"")).isEqualTo(OptionalLong.of(-1));
        assertThat(EntityTags.expectedVersion("\"abc\"")).isEqualTo(OptionalLong.of(-1));
    }

    @Test
    void findsTheCurrentVersionAmongIfNoneMatchTags() {
        assertThat(EntityTags.matchesNone("\"1\", \"3\"", 3)).isTrue();
        assertThat(EntityTags.matchesNone("*", 3)).isTrue();
        assertThat(EntityTags.matchesNone("\"2\"", 3)).isFalse();
        assertThat(EntityTags.matchesNone(null, 3)).isFalse();
    }
}
