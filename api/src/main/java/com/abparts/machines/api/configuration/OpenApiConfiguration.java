package com.abparts.machines.api.configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame, and what every operation shares: the X-Request-Id header on every
 * response, and the problems any request can meet (406, 500, 503).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REQUEST_ID = "X-Request-Id";

    @Bean
    OpenAPI openApi() {
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
                .components(new Components().addHeaders(REQUEST_ID, new Header()
                        .description("The caller's request id when it is 1-128 letters, digits and -._: characters, else a new one.")
                        .schema(new StringSchema().example("0f8e7c9a-3b6d-4f2e-9a1c-5d4b3a2f1e0d"))));
    }

    @Bean
    OperationCustomizer sharedResponses() {
        return (operation, handler) -> {
            addProblem(operation.getResponses(), "406", "The Accept header allows no media type this operation sends.", null);
            addProblem(operation.getResponses(), "500", "A bug; the body says nothing internal, the logs have it under the requestId.", null);
            addProblem(operation.getResponses(), "503", "The database is unreachable; retry after the given delay.",
                    Map.of("Retry-After", new Header().description("Seconds to wait before retrying.")
                            .schema(new Schema<Integer>().type("integer").example(5))));
            operation.getResponses().values().forEach(response ->
                    response.addHeaderObject(REQUEST_ID, new Header().$ref("#/components/headers/" + REQUEST_ID)));
            return operation;
        };
    }

    private static void addProblem(ApiResponses responses, String code, String description,
            Map<String, Header> headers) {
        if (responses.containsKey(code)) {
            return;
        }
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
        if (headers != null) {
            headers.forEach(response::addHeaderObject);
        }
        responses.addApiResponse(code, response);
    }
}
