package com.abparts.machines.domain.paging;

import com.abparts.machines.domain.validation.FieldChecks;
import com.abparts.machines.domain.validation.TimeRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What the key of a {@link Position} may be for each kind of sort field. A position comes back
 * from a client inside a cursor, so even a correctly signed one is checked before it reaches a
 * query: a listing refuses it rather than failing on it.
 */
public final class SortKeys {

    private SortKeys() {}

    /** A timestamp as {@link Instant#toString()} writes it, in the time range every stored one is in. */
    public static boolean timestamp(String key) {
        if (key == null) {
            return false;
        }
        try {
            return TimeRange.includes(Instant.parse(key));
        } catch (DateTimeParseException notATimestamp) {
            return false;
        }
    }

    /** A timestamp, or none for an item that has no value. */
    public static boolean timestampOrNone(String key) {
        return key == null || timestamp(key);
    }

    /** Text that could be stored. */
    public static boolean text(String key) {
        return key != null && FieldChecks.unstorable(key).isEmpty();
    }
}
