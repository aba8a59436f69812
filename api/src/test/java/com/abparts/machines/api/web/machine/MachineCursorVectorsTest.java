package com.abparts.machines.api.web.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Cursors of today's format, fixed: during a rolling deploy a client pages with a cursor the
 * release before issued, and the next release must read it to the same position (or refuse it with
 * a 400, which a format change must then do on purpose). Each vector was made by an implementation
 * written apart from this one (HMAC-SHA256 over the percent-encoded binding, a zero byte and the
 * content; Base64url without padding), so a change to the format, the binding or the encoding
 * fails here.
 */
class MachineCursorVectorsTest {

    private static final byte[] SECRET = "cursor-test-vectors-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final String ORGANIZATION = "9b2f3c1d-5e6a-4b7c-8d9e-0f1a2b3c4d5e";

    private static final String NEWEST_FIRST = "PTIwMjQtMDMtMDFUMTA6MTU6MzBaCjNmMmI2YTRlLThjMWQtNGU3YS05YjVmLTFhMmIzYzRkNWU2Zg"
            + ".lBJsyqg89xOKnnWetsitbkTN9dee4o_wUV5GN0OKGMw";
    private static final String BY_NAME_ACTIVE_OF_ONE_ORGANIZATION = "PUhhcmJvdXIgdW5pdCA3CjdjMWUyZDNmLTRhNWItNGM2ZC04ZTlmLWEwYjFjMmQzZTRmNQ"
            + ".JhX48rtDYYh0sPlbzKW21CTAP4lNvpW6K-MPH18LL2I";
    private static final String NO_NEXT_MAINTENANCE = "fgowYTFiMmMzZC00ZTVmLTRhNmItOGM3ZC05ZTBmMWEyYjNjNGQ"
            + ".lxvJ28h5UYfVbEkxhPVPG7IuT7_IjPnNw2ySzM5ZImE";

    private final MachineQueryParameters parameters = new MachineQueryParameters(new CursorCodec(SECRET));

    @Test
    void readsACursorOfTheDefaultSortForEveryMachine() {
        MachineQuery query = query(request(), Scope.everything(), null, null, NEWEST_FIRST);

        assertThat(query.after()).contains(new Position("2024-03-01T10:15:30Z", UUID.fromString("3f2b6a4e-8c1d-4e7a-9b5f-1a2b3c4d5e6f")));
        assertThat(parameters.cursorAfter(request(), Scope.everything(), MachineSort.DEFAULT, query.after().orElseThrow()))
                .isEqualTo(NEWEST_FIRST);
    }

    @Test
    void readsACursorBoundToASortAFilterAndAnOrganization() {
        Scope organization = Scope.of(new OrganizationId(UUID.fromString(ORGANIZATION)));
        MockHttpServletRequest request = request("status", "active", "sort", "name,asc");

        MachineQuery query = query(request, organization, List.of("active"), "name,asc", BY_NAME_ACTIVE_OF_ONE_ORGANIZATION);

        Position position = new Position("Harbour unit 7", UUID.fromString("7c1e2d3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"));
        assertThat(query.after()).contains(position);
        assertThat(parameters.cursorAfter(request, organization, new MachineSort(MachineSort.Field.NAME, SortDirection.ASC), position))
                .isEqualTo(BY_NAME_ACTIVE_OF_ONE_ORGANIZATION);
    }

    @Test
    void readsACursorAtAMachineWithoutTheSortsKey() {
        MachineQuery query = query(request("sort", "nextMaintenanceDate,asc"), Scope.everything(), null, "nextMaintenanceDate,asc",
                NO_NEXT_MAINTENANCE);

        assertThat(query.after()).contains(new Position(null, UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")));
    }

    @Test
    void refusesAVectorUnderAnythingItIsNotBoundTo() {
        Scope anotherOrganization = Scope.of(new OrganizationId(UUID.randomUUID()));
        MockHttpServletRequest request = request("status", "active", "sort", "name,asc");

        assertThatThrownBy(() -> query(request, anotherOrganization, List.of("active"), "name,asc", BY_NAME_ACTIVE_OF_ONE_ORGANIZATION))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> query(request("sort", "name,asc"), Scope.everything(), null, "name,asc", NEWEST_FIRST))
                .isInstanceOf(InvalidRequestException.class);
    }

    private MachineQuery query(MockHttpServletRequest request, Scope scope, List<String> statuses, String sort, String cursor) {
        request.addParameter("cursor", cursor);
        return parameters.query(request, scope, statuses, null, null, null, null, sort, null, cursor);
    }

    private static MockHttpServletRequest request(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/machines");
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return request;
    }
}
