package com.abparts.machines.api.web;

import com.abparts.machines.api.security.SecurityProperties;
import com.abparts.machines.api.web.problem.Problem;
import com.abparts.machines.api.web.problem.ProblemResponses;
import com.abparts.machines.api.web.request.TraceIds;
import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.api.web.problem.ProblemResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document's frame, and what operations share, each documented in one place: the
 * problems an operation declares ({@link ProblemResponses.Problems}) and those any request can
 * meet (406, 500, 503), the bearer token every operation that has a caller needs (with 401 and
 * 403, and the login flow where one is configured), the X-Request-Id and traceresponse headers on every response,
 * the ETag header, the If-Match header of conditional writes, and the merge-patch schema of each
 * input schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final String TRACE = TraceIds.HEADER;
    private static final List<Problem> ANY_OPERATIONS = List.of(Problem.NOT_ACCEPTABLE, Problem.INTERNAL_ERROR, Problem.DATABASE_UNAVAILABLE);
    private static final String INPUT = "Input";
    private static final String PATCH = "Patch";
    private static final String ETAG = "ETag";
    private static final String BEARER = "bearer";
    private static final String LOGIN = "login";

    @Bean
    OpenAPI openApi(SecurityProperties security) {
        Components components = new Components()
                .addHeaders(REQUEST_ID, new Header()
                        .description("The caller's request id when it is 1-128 letters, digits and -._: characters, else a new one.")
                        .schema(new StringSchema().example("0f8e7c9a-3b6d-4f2e-9a1c-5d4b3a2f1e0d")))
                .addHeaders(TRACE, new Header()
                        .description("The request's trace (W3C Trace Context): version, trace id, span id, flags (01 when recorded). "
                                + "The trace continues the caller's traceparent header when one is sent.")
                        .schema(new StringSchema().example("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")))
                .addHeaders(ETAG, new Header().description("The version of the resource, quoted.")
                        .schema(new StringSchema().example("\"3\"")))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token (JWT) of the trusted identity provider, with the caller's roles and organization."));
        if (security.swaggerUi().loginOffered()) {
            components.addSecuritySchemes(LOGIN, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                    .description("Log in at the identity provider (authorization code with PKCE).")
                    .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                            .authorizationUrl(security.swaggerUi().authorizationUri())
                            .tokenUrl(security.swaggerUi().tokenUri())
                            .scopes(new Scopes().addString("openid", "Who the caller is")))));
        }
        return new OpenAPI()
                .info(new Info()
                        .title("ABParts Machines API")
                        .version("v1")
                        .description("The machine registry of ABParts: customer organizations and the AutoBoss net-cleaning "
                                + "machines they own. Every error is an RFC 9457 problem (application/problem+json); every "
                                + "resource has a version, sent as its ETag, that If-Match makes writes conditional on.")
                        .contact(new Contact().name("ABParts platform team").email("platform@abparts.example"))
                        .license(new License().name("Proprietary").identifier("LicenseRef-ABParts")))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(components);
    }

    @Bean
    OperationCustomizer sharedResponses(SecurityProperties security) {
        // Neither comes from a parameter of its own: ExpectedVersion from If-Match, Caller from the bearer token.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class, Caller.class);
        return (operation, handler) -> {
            ProblemResponses.Problems declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ProblemResponses.Problems.class);
            Stream.concat(declared == null ? Stream.empty() : Arrays.stream(declared.value()), ANY_OPERATIONS.stream())
                    .forEach(problem -> addProblem(operation, problem));
            if (takes(handler, Caller.class)) {
                Stream.of(Problem.UNAUTHENTICATED, Problem.FORBIDDEN, Problem.HEADER_TOO_LARGE).forEach(problem -> addProblem(operation, problem));
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                if (security.swaggerUi().loginOffered()) {
                    operation.addSecurityItem(new SecurityRequirement().addList(LOGIN, "openid"));
                }
            }
            if (takes(handler, ExpectedVersion.class)) {
                operation.addParametersItem(new HeaderParameter().name("If-Match")
                        .description("The ETags of the versions this write applies to; without it, it applies to the current one.")
                        .schema(new StringSchema().example("\"3\"")));
            }
            operation.getResponses().values().forEach(response -> {
                response.addHeaderObject(REQUEST_ID, new Header().$ref("#/components/headers/" + REQUEST_ID));
                response.addHeaderObject(TRACE, new Header().$ref("#/components/headers/" + TRACE));
            });
            return operation;
        };
    }

    /**
     * The schemas that operations refer to by name: the problem every error response has, and for
     * every {@code XInput} schema an {@code XPatch} twin, the same fields, none required or
     * defaulted, for merge patches.
     */
    @Bean
    OpenApiCustomizer sharedSchemas() {
        return openApi -> {
            openApi.getComponents().getSchemas().putAll(ModelConverters.getInstance(true).readAll(ProblemResource.class));
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            new TreeMap<>(schemas).forEach((name, schema) -> {
                if (name.endsWith(INPUT)) {
                    schemas.put(name.substring(0, name.length() - INPUT.length()) + PATCH, patchOf(name, schema));
                }
            });
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().values().stream().filter(response -> response.getHeaders() != null)
                            .forEach(response -> response.getHeaders().replaceAll((header, value) ->
                                    header.equals(ETAG) ? new Header().$ref(ProblemResponses.ETAG) : value))));
        };
    }

    private static Schema<?> patchOf(String inputName, Schema<?> input) {
        ObjectNode patch = Json31.mapper().valueToTree(input);
        patch.remove("required");
        patch.put("description", "JSON Merge Patch (RFC 7396) of " + inputName + ": the same fields, none required. Absent fields "
                + "stay as they are; null clears a field (a required one cannot be cleared).");
        patch.withObject("properties").forEach(property -> ((ObjectNode) property).remove("default"));
        return Json31.mapper().convertValue(patch, Schema.class);
    }

    private static boolean takes(HandlerMethod handler, Class<?> parameterType) {
        return Arrays.stream(handler.getMethod().getParameterTypes()).anyMatch(parameterType::equals);
    }

    private static void addProblem(Operation operation, Problem problem) {
        String code = String.valueOf(problem.status().value());
        if (operation.getResponses().containsKey(code)) {
            return;
        }
        ApiResponse response = new ApiResponse().description(problem.description()).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA)).example(problem.example())));
        if (problem == Problem.DATABASE_UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying.")
                    .schema(new Schema<Integer>().type("integer").example(5)));
        }
        operation.getResponses().addApiResponse(code, response);
    }
}
