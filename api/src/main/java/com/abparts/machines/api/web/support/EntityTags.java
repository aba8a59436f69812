package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource's entity tag is its version, quoted ({@code "3"}). Writers name the versions they
 * change in {@code If-Match}; readers holding a copy send {@code If-None-Match}.
 */
public final class EntityTags {

    private static final Pattern ONE_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} header admits: any without the header or for {@code *}
     * (any current version); a header naming no tag that can be one of ours admits none.
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        Matcher matcher = ONE_TAG.matcher(ifMatch);
        return matcher.matches() ? ExpectedVersion.of(Long.parseLong(matcher.group(1))) : ExpectedVersion.oneOf(Set.of());
    }

    /** Whether an {@code If-None-Match} header names the current version (or {@code *}): the client's copy is current. */
    public static boolean isCurrentAmong(String ifNoneMatch, long version) {
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
