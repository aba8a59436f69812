package com.abparts.machines.api.configuration;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Names each SQL span for what the statement does to which table, as OpenTelemetry's database
 * conventions do: {@code SELECT machines}, {@code UPDATE organizations}.
 */
final class StatementNames {

    private static final Pattern WORDS = Pattern.compile("[\\s(),;]+");
    /**
     * The service prepares a few dozen statements, each again and again: splitting one into words
     * costs more than its span, so each name is worked out once. Bounded, in case statements ever
     * come from somewhere other than the code.
     */
    private static final int REMEMBERED = 512;
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private StatementNames() {}

    /** The statement's verb and the table it acts on; a {@code WITH} statement is named for the write it wraps. */
    static String nameOf(String sql) {
        String name = NAMES.get(sql);
        if (name == null) {
            name = nameFromWords(sql);
            if (NAMES.size() < REMEMBERED) {
                NAMES.put(sql, name);
            }
        }
        return name;
    }

    private static String nameFromWords(String sql) {
        String[] words = WORDS.split(sql.strip());
        int verb = words.length > 3 && words[0].equalsIgnoreCase("WITH") && words[2].equalsIgnoreCase("AS") ? 3 : 0;
        if (words.length <= verb || words[verb].isEmpty()) {
            return "SQL";
        }
        String operation = words[verb].toUpperCase(Locale.ROOT);
        String table = switch (operation) {
            case "SELECT", "DELETE" -> after("FROM", words, verb);
            case "INSERT" -> after("INTO", words, verb);
            case "UPDATE" -> words.length > verb + 1 ? words[verb + 1] : null;
            default -> null;
        };
        return table == null ? operation : operation + " " + table;
    }

    private static String after(String keyword, String[] words, int from) {
        for (int i = from + 1; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase(keyword)) {
                return words[i + 1];
            }
        }
        return null;
    }
}
