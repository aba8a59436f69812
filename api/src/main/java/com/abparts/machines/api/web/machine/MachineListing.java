package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.paging.Position;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads the query of {@code GET /machines} (filters, sort, limit, cursor) into a domain query, and writes cursors. */
@Component
class MachineListing {

    static final Map<String, MachineSort.Field> SORT_FIELDS = sortFields();
    private static final Paging.Sorted<MachineSort.Field> DEFAULT_SORT =
            new Paging.Sorted<>(MachineSort.DEFAULT.field(), MachineSort.DEFAULT.direction());

    private final CursorCodec cursors;

    MachineListing(CursorCodec cursors) {
        this.cursors = cursors;
    }

    MachineQuery query(HttpServletRequest request, List<String> statuses, String customerOrganizationId, String modelType,
            String nextMaintenanceBefore, String warrantyExpiresBefore, String sort, String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        Set<MachineStatus> wanted = new LinkedHashSet<>();
        for (String status : statuses == null ? List.<String>of() : statuses) {
            MachineStatusValue.statusOf(status.strip()).ifPresentOrElse(wanted::add, () -> errors.add(new FieldError("status",
                    "'" + status + "' is not one of " + String.join(", ", MachineStatusValue.LABELS), MachineStatusValue.LABELS)));
        }
        Optional<OrganizationId> owner = Optional.ofNullable(customerOrganizationId).flatMap(id -> {
            try {
                return Optional.of(new OrganizationId(UUID.fromString(id.strip())));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("customerOrganizationId", "must be a UUID"));
                return Optional.empty();
            }
        });
        Optional<Instant> nextBefore = instant("nextMaintenanceBefore", nextMaintenanceBefore, errors);
        Optional<Instant> warrantyBefore = instant("warrantyExpiresBefore", warrantyExpiresBefore, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "1 parameter is invalid" : errors.size() + " parameters are invalid", errors);
        }
        Paging.Sorted<MachineSort.Field> sorted = Paging.sort(sort, SORT_FIELDS, DEFAULT_SORT);
        MachineSort machineSort = new MachineSort(sorted.field(), sorted.direction());
        Optional<Position> after = Optional.ofNullable(cursor).map(given -> cursors.decode(given, listing(request, sorted)));
        MachineFilter filter = new MachineFilter(wanted, owner, Optional.ofNullable(modelType).map(String::strip), nextBefore, warrantyBefore);
        return new MachineQuery(filter, machineSort, Paging.limit(limit), after);
    }

    String cursorAfter(HttpServletRequest request, MachineSort sort, Position position) {
        return cursors.encode(position, listing(request, new Paging.Sorted<>(sort.field(), sort.direction())));
    }

    private static String listing(HttpServletRequest request, Paging.Sorted<MachineSort.Field> sorted) {
        return Paging.listing(request, sorted.spelledOut(SORT_FIELDS));
    }

    private static Optional<Instant> instant(String name, String value, List<FieldError> errors) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 timestamp with offset, e.g. 2025-10-01T00:00:00Z"));
            return Optional.empty();
        }
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
