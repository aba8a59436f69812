package com.abparts.machines.domain.validation;

import java.time.Instant;

/**
 * The instants this service keeps and writes: the years 0001 to 9999 in UTC. RFC 3339, the format
 * of every timestamp in the API, has four-digit years; PostgreSQL would store more, but no client
 * could read them back.
 */
public final class TimeRange {

    public static final String IN_WORDS = "in the years 0001 to 9999";

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeRange() {}

    public static boolean includes(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
