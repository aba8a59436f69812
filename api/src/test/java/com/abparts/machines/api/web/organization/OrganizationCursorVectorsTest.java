package com.abparts.machines.api.web.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.domain.organization.OrganizationSort;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A cursor of today's format for the organizations' listing, fixed, as {@code MachineCursorVectorsTest} does for machines. */
class OrganizationCursorVectorsTest {

    private static final String NEWEST_FIRST = "PTIwMjMtMTEtMjBUMDg6MDA6MDBaCjVkNGMzYjJhLTFmMGUtNGQ5Yy04YjdhLTZmNWU0ZDNjMmIxYQ"
            + ".I3GsTz3WOBrn0uG9A-0btxgVv1FjFO_5Kjy_M5RofT0";

    @Test
    void readsAndWritesACursorOfTheDefaultSort() {
        OrganizationQueryParameters parameters = new OrganizationQueryParameters(
                new CursorCodec("cursor-test-vectors-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organizations");
        request.addParameter("cursor", NEWEST_FIRST);
        Position position = new Position("2023-11-20T08:00:00Z", UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"));

        assertThat(parameters.query(request, Scope.everything(), null, null, NEWEST_FIRST).after()).contains(position);
        assertThat(parameters.cursorAfter(request, Scope.everything(), OrganizationSort.DEFAULT, position)).isEqualTo(NEWEST_FIRST);
    }
}
