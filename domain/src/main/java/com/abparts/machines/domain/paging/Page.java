package com.abparts.machines.domain.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a listing, and where the next one starts if there is more. */
public record Page<T>(List<T> items, Optional<Position> next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts {@code fetched} (up to one item more than {@code limit}, in listing order) to a page;
     * the extra item, if there, proves that another page follows.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Position> positionOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, Optional.of(positionOf.apply(items.getLast())));
    }
}
