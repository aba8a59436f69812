package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.FieldErrors;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.api.web.support.ValueFormat;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads the query parameters of {@code GET /machines} (filters, sort, limit, cursor) into a domain query, and writes cursors. */
@Component
class MachineQueryParameters {

    static final Map<String, MachineSort.Field> SORT_FIELDS = sortFields();
    private static final ValueFormat<OrganizationId> ORGANIZATION_ID = ValueFormat.uuid(OrganizationId.class, OrganizationId::new);
    private static final ValueFormat<Instant> TIMESTAMP = ValueFormat.timestamp();

    private final CursorCodec cursors;

    MachineQueryParameters(CursorCodec cursors) {
        this.cursors = cursors;
    }

    MachineQuery query(HttpServletRequest request, Scope scope, List<String> statuses, String customerOrganizationId, String modelType,
            String nextMaintenanceBefore, String warrantyExpiresBefore, String sort, String limit, String cursor) {
        FieldErrors errors = new FieldErrors();
        Set<MachineStatus> wanted = new LinkedHashSet<>();
        for (String status : statuses == null ? List.<String>of() : statuses) {
            wanted.add(MachineStatusValue.FORMAT.read("status", status, errors));
        }
        wanted.remove(null);
        Optional<OrganizationId> owner = read(ORGANIZATION_ID, "customerOrganizationId", customerOrganizationId, errors);
        Optional<Instant> nextBefore = read(TIMESTAMP, "nextMaintenanceBefore", nextMaintenanceBefore, errors);
        Optional<Instant> warrantyBefore = read(TIMESTAMP, "warrantyExpiresBefore", warrantyExpiresBefore, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        MachineSort machineSort = Paging.sort(sort, SORT_FIELDS, MachineSort::new, MachineSort.DEFAULT);
        Optional<Position> after = Optional.ofNullable(cursor).map(given -> cursors.decode(given, cursorBinding(request, machineSort, scope), machineSort::admits));
        MachineFilter filter = new MachineFilter(wanted, owner, Optional.ofNullable(modelType).map(String::strip), nextBefore, warrantyBefore);
        return new MachineQuery(filter, machineSort, Paging.limit(limit), after);
    }

    String cursorAfter(HttpServletRequest request, Scope scope, MachineSort sort, Position position) {
        return cursors.encode(position, cursorBinding(request, sort, scope));
    }

    private static String cursorBinding(HttpServletRequest request, MachineSort sort, Scope scope) {
        return Paging.cursorBinding(request, Paging.spelledOut(SORT_FIELDS, sort.field(), sort.direction()), scope);
    }

    private static <T> Optional<T> read(ValueFormat<T> format, String name, String value, FieldErrors errors) {
        return Optional.ofNullable(value).map(given -> format.read(name, given, errors));
    }

    private static Map<String, MachineSort.Field> sortFields() {
        Map<String, MachineSort.Field> fields = new LinkedHashMap<>();
        fields.put("createdAt", MachineSort.Field.CREATED_AT);
        fields.put("name", MachineSort.Field.NAME);
        fields.put("serialNumber", MachineSort.Field.SERIAL_NUMBER);
        fields.put("nextMaintenanceDate", MachineSort.Field.NEXT_MAINTENANCE_DATE);
        return Collections.unmodifiableMap(fields);
    }
}
