package com.abparts.machines.domain.inmemory;

import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset paging over a list in memory, ordered as PostgreSQL orders it: by a key that may be
 * absent (absent keys last in both directions), ties broken by id compared as PostgreSQL compares
 * uuids (as unsigned bytes, which their lower-case text also does).
 */
public final class InMemoryKeyset<T, K extends Comparable<K>> {

    private final Function<T, K> key;
    private final Function<String, K> parse;
    private final Function<T, UUID> id;

    public InMemoryKeyset(Function<T, K> key, Function<String, K> parse, Function<T, UUID> id) {
        this.key = key;
        this.parse = parse;
        this.id = id;
    }

    public List<T> page(List<T> items, SortDirection direction, Optional<Position> after, int limit) {
        Comparator<Entry<K>> order = order(direction);
        return items.stream()
                .filter(item -> after.map(position -> order.compare(entryOf(item), new Entry<>(
                        position.key() == null ? null : parse.apply(position.key()), position.id().toString())) > 0)
                        .orElse(true))
                .sorted(Comparator.comparing(this::entryOf, order))
                .limit(limit + 1L)
                .toList();
    }

    private Entry<K> entryOf(T item) {
        return new Entry<>(key.apply(item), id.apply(item).toString());
    }

    private static <K extends Comparable<K>> Comparator<Entry<K>> order(SortDirection direction) {
        Comparator<K> keys = direction == SortDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<String> ids = direction == SortDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing((Entry<K> entry) -> entry.key(), Comparator.nullsLast(keys))
                .thenComparing(Entry::id, ids);
    }

    private record Entry<K>(K key, String id) {}
}
