package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.PageLimit;
import com.abparts.machines.domain.paging.SortDirection;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/** The parameters and headers that every paged listing shares: {@code limit}, {@code sort}, {@code cursor}, {@code Link}. */
public final class Paging {

    private Paging() {}

    public static int limit(String limit) {
        if (limit == null) {
            return PageLimit.DEFAULT;
        }
        try {
            return PageLimit.require(Integer.parseInt(limit.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(new FieldError("limit",
                    "must be a whole number from " + PageLimit.MIN + " to " + PageLimit.MAX));
        }
    }

    /**
     * Reads {@code field,asc} or {@code field,desc} (direction optional: ascending) into the domain's
     * sort of a listing, made by {@code sortOf}; {@code fields} maps the names clients write.
     */
    public static <F, S> S sort(String sort, Map<String, F> fields, BiFunction<F, SortDirection, S> sortOf, S byDefault) {
        if (sort == null || sort.isBlank()) {
            return byDefault;
        }
        String[] parts = sort.strip().split(",", -1);
        F field = fields.get(parts[0]);
        Optional<SortDirection> direction = parts.length == 1 ? Optional.of(SortDirection.ASC)
                : parts.length == 2 ? directionOf(parts[1]) : Optional.empty();
        if (field == null || direction.isEmpty()) {
            throw new InvalidRequestException(new FieldError("sort", "must be one of " + String.join(", ", fields.keySet())
                    + ", optionally followed by ,asc or ,desc", fields.keySet().stream().toList()));
        }
        return sortOf.apply(field, direction.get());
    }

    /** A sort as a client writes it, e.g. {@code name,asc}, with the field's name in {@code fields}. */
    public static <F> String spelledOut(Map<String, F> fields, F field, SortDirection direction) {
        String name = fields.entrySet().stream().filter(entry -> entry.getValue().equals(field))
                .findFirst().orElseThrow().getKey();
        return name + "," + direction.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What a cursor is bound to, as a canonical text: the path, every query parameter but the
     * cursor and the page size, sorted, and whose data the caller sees; the sort is spelled out, so
     * its default counts as given. Every name and value is percent-encoded before it is joined, so
     * no value can imitate a separator: two different requests never share a binding.
     */
    public static String cursorBinding(HttpServletRequest request, String sortSpelledOut, Scope scope) {
        Map<String, List<String>> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("cursor") && !name.equals("limit") && !name.equals("sort")) {
                parameters.put(name, Arrays.stream(values).sorted().toList());
            }
        });
        parameters.put("sort", List.of(sortSpelledOut));
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(escaped(name) + "=" + escaped(value))));
        return escaped(request.getRequestURI()) + "?" + query + "#" + escaped(scope.toString());
    }

    private static String escaped(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The {@code Link} header pointing at the next page: this request with the new cursor. */
    public static HttpHeaders nextLink(HttpServletRequest request, String nextCursor) {
        HttpHeaders headers = new HttpHeaders();
        if (nextCursor != null) {
            String next = UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("cursor", nextCursor)
                    .build(true).toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return headers;
    }

    private static Optional<SortDirection> directionOf(String direction) {
        return switch (direction.strip()) {
            case "asc" -> Optional.of(SortDirection.ASC);
            case "desc" -> Optional.of(SortDirection.DESC);
            default -> Optional.empty();
        };
    }
}
