package com.abparts.machines.api.web.support;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource's entity tag is its version, quoted ({@code "3"}). Writers name the version they
 * changed in {@code If-Match}; readers holding a copy send {@code If-None-Match}.
 */
public final class EntityTags {

    private static final Pattern ONE_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for: empty without the header or for {@code *}
     * (any current version); a tag that cannot be a version of ours can never match.
     */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ONE_TAG.matcher(ifMatch);
        return OptionalLong.of(matcher.matches() ? Long.parseLong(matcher.group(1)) : -1);
    }

    /** Whether an {@code If-None-Match} header names the current version (or {@code *}). */
    public static boolean matchesNone(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = of(version);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current) || candidate.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }
}
