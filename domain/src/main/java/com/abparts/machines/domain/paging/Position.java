package com.abparts.machines.domain.paging;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a page ended: the sort key of its last item (its canonical text, {@code null} when that
 * item has none) and the item's id, which breaks ties. The next page starts right after it.
 */
public record Position(String key, UUID id) {

    public Position {
        Objects.requireNonNull(id, "id");
    }
}
