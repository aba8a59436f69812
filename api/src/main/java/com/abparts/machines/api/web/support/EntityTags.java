package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resource's entity tag is its version, quoted ({@code "3"}). Writers name the versions they
 * change in {@code If-Match}; readers holding a copy send {@code If-None-Match}. Both headers are
 * read as RFC 9110 section 13.1 defines them: {@code *}, or a comma-separated list of tags, each
 * strong ({@code "3"}) or weak ({@code W/"3"}).
 */
public final class EntityTags {

    /** The longest version a tag can name: a {@code long} has at most 19 digits. */
    private static final int VERSION_DIGITS = 18;

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} header admits: any without the header or for {@code *};
     * otherwise those its strong tags name. A weak tag never matches (strong comparison), and a
     * header naming no tag that can be one of ours admits none, so the write fails rather than
     * proceeding unconditionally.
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (Tag tag : tags(ifMatch)) {
            if (!tag.weak()) {
                tag.version().ifPresent(versions::add);
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    /**
     * Whether an {@code If-None-Match} header names the current version, weak or strong (weak
     * comparison), or is {@code *}: the client's copy is current.
     */
    public static boolean isCurrentAmong(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        return tags(ifNoneMatch).stream().anyMatch(tag -> tag.version().filter(named -> named == version).isPresent());
    }

    /** The well-formed tags of a list, in order; what cannot be read as a tag is skipped. */
    private static List<Tag> tags(String header) {
        List<Tag> tags = new ArrayList<>();
        int at = 0;
        int length = header.length();
        while (at < length) {
            char c = header.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
                continue;
            }
            boolean weak = header.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            int close = open < length && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
            if (close < 0) {
                int next = header.indexOf(',', at);
                at = next < 0 ? length : next + 1;
                continue;
            }
            tags.add(new Tag(weak, header.substring(open + 1, close)));
            at = close + 1;
        }
        return tags;
    }

    /** One entity tag: whether it is weak, and the text between its quotes. */
    private record Tag(boolean weak, String opaque) {

        /** The version this tag names, when it can be one of ours. */
        Optional<Long> version() {
            if (opaque.isEmpty() || opaque.length() > VERSION_DIGITS || !opaque.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(opaque));
        }
    }
}
