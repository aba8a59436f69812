package com.abparts.machines.api.security;









import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call: every request to the API carries a bearer token that verifies and makes a caller
 * (see {@link TokenToCaller}); the use cases then decide what that caller may see and do. Open
 * without a token are only the OpenAPI document, Swagger UI and the status-only probes. Requests
 * turned away get the same problems as every other failure; there is no session, no login page,
 * no redirect.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String[] OPEN = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/livez", "/readyz", "/error"};

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, SecurityProperties properties, Clock clock) {
        JwtDecoder verifier = TokenVerification.decoder(resourceServer.getJwt(), properties.tokens(), clock);
        return new VerifiedTokens(verifier, properties.tokenCache().capacity(), properties.tokenCache().timeToLive(), clock);
    }

    /**
     * No observation of each security filter, authentication and authorization: they made a fifth of
     * a GET's time (bench/README.md). The request itself is still observed, timed and traced.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Actuator, on the management port, answers without a token: that port is for operators and
     * is not published beyond the host (see docs/operations.md). Checked first.
     */
    @Bean
    @Order(1)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, SecurityProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        ProblemAnswers answers = new ProblemAnswers(problems);
        AuthorizationManager<RequestAuthorizationContext> callersOnly = (authentication, request) -> new AuthorizationDecision(
                authentication.get() instanceof CallerAuthentication caller && caller.caller().isPresent());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // Filters the API has no use for: a request without a token stays without an authentication
                // (answered 401 where one is needed), and no controller asks the servlet API who called.
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/api/**").access(callersOnly)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(
                                new TokenToCaller(properties.rolesClaim(), properties.organizationClaim())))
                        .authenticationEntryPoint(answers)
                        .accessDeniedHandler(answers)
                        .withObjectPostProcessor(identityProviderOutagesAnswered(answers)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterAfter(new AuditTrail(), BearerTokenAuthenticationFilter.class);
        if (properties.cors().allowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(corsOf(properties.cors())));
        }
        return http.build();
    }

    /**
     * A token that cannot be checked because the identity provider's keys cannot be fetched is
     * answered by the entry point (503), rather than thrown on as a 500, which Spring Security does
     * by default.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> identityProviderOutagesAnswered(ProblemAnswers answers) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(answers);
                failures.setRethrowAuthenticationServiceException(false);
                filter.setAuthenticationFailureHandler(failures);
                return filter;
            }
        };
    }

    /** Every operation takes its Caller as a parameter, never from the security context itself. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    private static UrlBasedCorsConfigurationSource corsOf(SecurityProperties.Cors settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.allowedOrigins());
        cors.addAllowedMethod("*");
        cors.addAllowedHeader("*");
        cors.addExposedHeader("ETag");
        cors.addExposedHeader("Location");
        cors.addExposedHeader("Link");
        cors.addExposedHeader("X-Request-Id");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
