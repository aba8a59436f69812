package com.abparts.machines.domain.paging;

/** How many items a page may hold: 1 to {@value #MAX}, {@value #DEFAULT} unless asked otherwise. */
public final class PageLimit {

    public static final int MIN = 1;
    public static final int MAX = 500;
    public static final int DEFAULT = 50;

    private PageLimit() {}

    public static int require(int limit) {
        if (limit < MIN || limit > MAX) {
            throw new IllegalArgumentException("a page holds " + MIN + " to " + MAX + " items, not " + limit);
        }
        return limit;
    }
}
