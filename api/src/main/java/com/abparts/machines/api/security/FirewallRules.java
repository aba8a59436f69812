package com.abparts.machines.api.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules for header and parameter names and header
 * values, checked without regular expressions. Its defaults check them with patterns that walk
 * every character through Unicode property tables, and do so each time a header is read: for the
 * bearer token, read several times a request, that was an eighth of a GET's time (bench/README.md).
 * The rules are the defaults' exactly, which {@code FirewallRulesTest} proves for every code point.
 */
public final class FirewallRules {

    private FirewallRules() {}

    /** The strict firewall, with the same rules, checked fast. */
    public static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallRules::isAssignedAndNotControl);
        firewall.setAllowedParameterNames(FirewallRules::isAssignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallRules::isAllowedHeaderValue);
        return firewall;
    }

    /** Every code point is assigned in Unicode and none is a control character (the default's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}). */
    static boolean isAssignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** As {@link #isAssignedAndNotControl}, but a tab is allowed too (the default's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). */
    static boolean isAllowedHeaderValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                // Printable ASCII, nearly every character of every header, is all allowed; the rest is looked up.
                return rest(text, i, tabAllowed);
            }
        }
        return true;
    }

    private static boolean rest(String text, int from, boolean tabAllowed) {
        for (int i = from; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
