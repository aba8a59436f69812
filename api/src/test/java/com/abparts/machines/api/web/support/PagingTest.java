package com.abparts.machines.api.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagingTest {

    @Test
    void bindsCursorsToEachFilterSetUnambiguously() {
        MockHttpServletRequest oneFilter = listing();
        oneFilter.addParameter("modelType", "V4.0, sort=name,asc");
        MockHttpServletRequest twoFilters = listing();
        twoFilters.addParameter("modelType", "V4.0");
        twoFilters.addParameter("sort", "name,asc");
        MockHttpServletRequest valueWithSeparators = listing();
        valueWithSeparators.addParameter("a", "1&b=2");
        MockHttpServletRequest twoParameters = listing();
        twoParameters.addParameter("a", "1");
        twoParameters.addParameter("b", "2");

        assertThat(binding(oneFilter)).isNotEqualTo(Paging.cursorBinding(twoFilters, "name,asc", Scope.everything()));
        assertThat(binding(valueWithSeparators)).isNotEqualTo(binding(twoParameters));
    }

    @Test
    void bindsCursorsToRepeatedValuesWhicheverTheirOrder() {
        MockHttpServletRequest oneOrder = listing();
        oneOrder.addParameter("status", "active", "inactive");
        MockHttpServletRequest otherOrder = listing();
        otherOrder.addParameter("status", "inactive", "active");
        MockHttpServletRequest joinedValue = listing();
        joinedValue.addParameter("status", "active\u0001inactive");

        assertThat(binding(oneOrder)).isEqualTo(binding(otherOrder)).isNotEqualTo(binding(joinedValue));
    }

    @Test
    void bindsCursorsToTheCallersScope() {
        MockHttpServletRequest request = listing();
        Scope one = Scope.of(new OrganizationId(UUID.randomUUID()));

        assertThat(Paging.cursorBinding(request, "createdAt,desc", one))
                .isNotEqualTo(Paging.cursorBinding(request, "createdAt,desc", Scope.everything()));
    }

    private static MockHttpServletRequest listing() {
        return new MockHttpServletRequest("GET", "/machines");
    }

    private static String binding(MockHttpServletRequest request) {
        return Paging.cursorBinding(request, "createdAt,desc", Scope.everything());
    }
}
