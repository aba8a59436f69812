package com.abparts.machines.api.web.organization;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.organization.OrganizationQuery;
import com.abparts.machines.domain.organization.OrganizationSort;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads the query parameters of {@code GET /organizations} (sort, limit, cursor) into a domain query, and writes cursors. */
@Component
class OrganizationQueryParameters {

    static final Map<String, OrganizationSort.Field> SORT_FIELDS = sortFields();

    private final CursorCodec cursors;

    OrganizationQueryParameters(CursorCodec cursors) {
        this.cursors = cursors;
    }

    OrganizationQuery query(HttpServletRequest request, Scope scope, String sort, String limit, String cursor) {
        OrganizationSort organizationSort = Paging.sort(sort, SORT_FIELDS, OrganizationSort::new, OrganizationSort.DEFAULT);
        Optional<Position> after = Optional.ofNullable(cursor)
                .map(given -> cursors.decode(given, cursorBinding(request, organizationSort, scope), organizationSort::admits));
        return new OrganizationQuery(organizationSort, Paging.limit(limit), after);
    }

    String cursorAfter(HttpServletRequest request, Scope scope, OrganizationSort sort, Position position) {
        return cursors.encode(position, cursorBinding(request, sort, scope));
    }

    private static String cursorBinding(HttpServletRequest request, OrganizationSort sort, Scope scope) {
        return Paging.cursorBinding(request, Paging.spelledOut(SORT_FIELDS, sort.field(), sort.direction()), scope);
    }

    private static Map<String, OrganizationSort.Field> sortFields() {
        Map<String, OrganizationSort.Field> fields = new LinkedHashMap<>();
        fields.put("createdAt", OrganizationSort.Field.CREATED_AT);
        fields.put("name", OrganizationSort.Field.NAME);
        return Collections.unmodifiableMap(fields);
    }
}
