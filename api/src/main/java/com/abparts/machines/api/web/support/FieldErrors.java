package com.abparts.machines.api.web.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The invalid fields or parameters of one request: every one is counted, the first
 * {@value #LISTED} are kept for the problem, so that a request of a hundred thousand bad fields
 * gets an answer of a hundred, not one larger than itself.
 */
public final class FieldErrors {

    public static final int LISTED = 100;

    /** Names from requests are cut to this many code points where an error repeats them. */
    private static final int NAME_LENGTH = 64;

    private final List<FieldError> listed = new ArrayList<>();
    private int total;

    public void add(FieldError error) {
        total++;
        if (listed.size() < LISTED) {
            String name = printable(error.field());
            listed.add(name.equals(error.field()) ? error : new FieldError(name, error.message(), error.allowedValues()));
        }
    }

    /**
     * A name as a client sent it, fit to be repeated: at most {@value #NAME_LENGTH} code points,
     * control characters and unpaired surrogates replaced by U+FFFD, so that the answer is always
     * valid UTF-8 and no log line or terminal is tricked by it.
     */
    private static String printable(String name) {
        StringBuilder printable = new StringBuilder();
        int[] codePoints = name.codePoints().limit(NAME_LENGTH + 1L).toArray();
        for (int i = 0; i < Math.min(codePoints.length, NAME_LENGTH); i++) {
            int c = codePoints[i];
            boolean unpaired = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
            printable.appendCodePoint(Character.isISOControl(c) || unpaired ? 0xFFFD : c);
        }
        return codePoints.length > NAME_LENGTH ? printable.append('…').toString() : printable.toString();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many there are in all. */
    public int total() {
        return total;
    }

    /** The first {@value #LISTED}. */
    public List<FieldError> listed() {
        return List.copyOf(listed);
    }

    /** E.g. {@code 250 fields are invalid; the first 100 are listed}, for a noun such as {@code field}. */
    public String summary(String noun) {
        String count = total == 1 ? "1 " + noun + " is invalid" : total + " " + noun + "s are invalid";
        return total > LISTED ? count + "; the first " + LISTED + " are listed" : count;
    }
}
