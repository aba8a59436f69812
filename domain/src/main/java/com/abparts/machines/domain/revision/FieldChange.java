package com.abparts.machines.domain.revision;

import java.util.Objects;

/**
 * What a change does to one field: keeps its value, sets a new one, or clears it. A JSON merge
 * patch says exactly this of every field: absent, a value, or {@code null}.
 */
public sealed interface FieldChange<T> {

    /** The field's value after the change, given its value before. */
    T applyTo(T current);

    /** Whether the change sets or clears the field, rather than keeping it. */
    default boolean changes() {
        return !(this instanceof Keep);
    }

    @SuppressWarnings("unchecked")
    static <T> FieldChange<T> keep() {
        return (FieldChange<T>) Keep.INSTANCE;
    }

    static <T> FieldChange<T> set(T value) {
        return new SetTo<>(value);
    }

    @SuppressWarnings("unchecked")
    static <T> FieldChange<T> clear() {
        return (FieldChange<T>) Clear.INSTANCE;
    }

    /** The field stays as it is. */
    record Keep<T>() implements FieldChange<T> {
        private static final Keep<Object> INSTANCE = new Keep<>();

        @Override
        public T applyTo(T current) {
            return current;
        }
    }

    /** The field takes a new value. */
    record SetTo<T>(T value) implements FieldChange<T> {
        public SetTo {
            Objects.requireNonNull(value, "value (clear() empties a field)");
        }

        @Override
        public T applyTo(T current) {
            return value;
        }
    }

    /** The field is emptied; for a field that must have a value, the change is invalid. */
    record Clear<T>() implements FieldChange<T> {
        private static final Clear<Object> INSTANCE = new Clear<>();

        @Override
        public T applyTo(T current) {
            return null;
        }
    }
}
