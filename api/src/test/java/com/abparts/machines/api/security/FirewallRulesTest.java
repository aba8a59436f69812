package com.abparts.machines.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's rules, checked without patterns, allow exactly what Spring Security's default patterns allow. */
class FirewallRulesTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void allowsInNamesWhatTheDefaultPatternAllowsForEveryCodePoint() {
        agreeOnEveryCodePoint(FirewallRules::isAssignedAndNotControl, NAMES);
    }

    @Test
    void allowsInHeaderValuesWhatTheDefaultPatternAllowsForEveryCodePoint() {
        agreeOnEveryCodePoint(FirewallRules::isAllowedHeaderValue, HEADER_VALUES);
    }

    @Test
    void judgesWholeTextsAsThePatternsDo() {
        String[] texts = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb", "a\u0000b", "tail\u007F", "caf\u00E9",
                "\uD83D\uDE9C tractor", "lone \uD800 surrogate", "\uDC00", "unassigned \u0378", "line\nbreak", "x\u0085", "ok\u00A0"};
        for (String text : texts) {
            assertThat(FirewallRules.isAssignedAndNotControl(text)).as("name %s", text).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallRules.isAllowedHeaderValue(text)).as("value %s", text).isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
    }

    @Test
    void refusesControlCharactersAfterPrintableOnesAndAllowsATabOnlyInValues() {
        assertThat(FirewallRules.isAllowedHeaderValue("Bearer abc\tdef")).isTrue();
        assertThat(FirewallRules.isAssignedAndNotControl("X-Name\t")).isFalse();
        assertThat(FirewallRules.isAllowedHeaderValue("Bearer abc\rdef")).isFalse();
    }

    private static void agreeOnEveryCodePoint(Predicate<String> rule, Pattern pattern) {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            // Each alone, and after printable ASCII, where the rule's fast path hands over.
            String alone = Character.toString(codePoint);
            String after = "Bearer " + alone;
            boolean expected = pattern.matcher(alone).matches();
            if (rule.test(alone) != expected || rule.test(after) != pattern.matcher(after).matches()) {
                throw new AssertionError("the rule and " + pattern + " disagree on U+" + Integer.toHexString(codePoint).toUpperCase());
            }
        }
    }
}
