package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.paging.Position;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec("a secret of at least thirty-two characters".getBytes(StandardCharsets.UTF_8));
    private final Position position = new Position("2025-07-25T14:25:00Z", UUID.randomUUID());

    @Test
    void readsBackWhatItWrote() {
        assertThat(codec.decode(codec.encode(position, "/machines?sort=name,asc"), "/machines?sort=name,asc", any -> true)).isEqualTo(position);
        Position withoutKey = new Position(null, UUID.randomUUID());
        assertThat(codec.decode(codec.encode(withoutKey, "l"), "l", any -> true)).isEqualTo(withoutKey);
    }

    @Test
    void readsBackAKeyHoldingLineBreaks() {
        Position multiline = new Position("Harbour\nunit 3", UUID.randomUUID());

        assertThat(codec.decode(codec.encode(multiline, "l"), "l", any -> true)).isEqualTo(multiline);
    }

    @Test
    void refusesACorrectlySignedCursorThatIsNoPositionOfTheListing() {
        String cursor = codec.encode(new Position("Harbour unit 3", position.id()), "l");

        assertThatThrownBy(() -> codec.decode(cursor, "l", at -> at.key() == null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void refusesACursorOfAnotherListing() {
        String cursor = codec.encode(position, "/machines?sort=name,asc");

        assertThatThrownBy(() -> codec.decode(cursor, "/machines?sort=name,desc", any -> true)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesAnAlteredCursor() {
        String cursor = codec.encode(position, "l");
        String altered = codec.encode(new Position("2030-01-01T00:00:00Z", position.id()), "l").split("\\.")[0] + "." + cursor.split("\\.")[1];

        assertThatThrownBy(() -> codec.decode(altered, "l", any -> true)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> codec.decode("not-a-cursor", "l", any -> true)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesACursorSignedWithAnotherSecret() {
        CursorCodec other = new CursorCodec("another secret of at least thirty-two chars".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.decode(other.encode(position, "l"), "l", any -> true)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void signsAlikeWhenRequestsUseItAtOnce() throws Exception {
        List<Position> positions = IntStream.range(0, 64).mapToObj(i -> new Position("key " + i, UUID.randomUUID())).toList();
        List<String> expected = positions.stream().map(each -> codec.encode(each, "l")).toList();

        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> rounds = IntStream.range(0, 8).mapToObj(round -> threads.submit(() -> {
                for (int repeat = 0; repeat < 200; repeat++) {
                    for (int i = 0; i < positions.size(); i++) {
                        String cursor = codec.encode(positions.get(i), "l");
                        if (!cursor.equals(expected.get(i)) || !codec.decode(cursor, "l", any -> true).equals(positions.get(i))) {
                            return false;
                        }
                    }
                }
                return true;
            })).toList();
            for (Future<Boolean> round : rounds) {
                assertThat(round.get()).isTrue();
            }
        }
    }
}
