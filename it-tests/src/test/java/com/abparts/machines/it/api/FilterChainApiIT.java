package com.abparts.machines.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.web.request.FilterOrders;
import com.abparts.machines.it.support.ApiTest;
import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The filters a request passes, in the order FilterOrders names: Spring Boot's observation, the
 * service's request gate, then Spring Security's chain, without the filters the API does not use.
 */
class FilterChainApiIT extends ApiTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void passesTheObservationThenTheRequestGateThenSpringSecurity() {
        List<AbstractFilterRegistrationBean<?>> registrations = context.getBeansOfType(AbstractFilterRegistrationBean.class).values()
                .stream().<AbstractFilterRegistrationBean<?>>map(registration -> registration).toList();

        assertThat(registrations).filteredOn(registration -> registration instanceof FilterRegistrationBean<?> filter
                        && filter.getFilter() instanceof ServerHttpObservationFilter)
                .singleElement().extracting(AbstractFilterRegistrationBean::getOrder).isEqualTo(FilterOrders.OBSERVATION);
        assertThat(registrations).filteredOn(DelegatingFilterProxyRegistrationBean.class::isInstance)
                .singleElement().extracting(AbstractFilterRegistrationBean::getOrder).isEqualTo(FilterOrders.SECURITY);
        assertThat(FilterOrders.SECURITY).isEqualTo(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        assertThat(FilterOrders.OBSERVATION).isLessThan(FilterOrders.REQUEST_GATE).isLessThan(FilterOrders.SECURITY);
    }

    @Test
    void runsNoAnonymousOrServletApiFilterForTheApi() {
        List<Filter> apiFilters = context.getBean("apiSecurity", SecurityFilterChain.class).getFilters();

        assertThat(apiFilters).isNotEmpty()
                .noneMatch(AnonymousAuthenticationFilter.class::isInstance)
                .noneMatch(SecurityContextHolderAwareRequestFilter.class::isInstance);
    }
}
