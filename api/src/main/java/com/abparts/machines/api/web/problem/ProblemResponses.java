package com.abparts.machines.api.web.problem;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documented responses of each kind of operation, so that every controller method declares
 * them in one word. Responses that any operation can give (406, 500, 503) and the X-Request-Id
 * header are added to all of them by the OpenAPI configuration.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** Responses of an operation that creates a resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "201", description = "Created.", headers = {
                @Header(name = "Location", description = "Where the new resource is.", schema = @Schema(type = "string", format = "uri-reference")),
                @Header(name = "ETag", description = "The version of the resource, quoted.", schema = @Schema(type = "string", example = "\"3\""))}),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "409", description = "Conflicts with existing data (a duplicate, or something still in use).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "413", description = "The body is larger than 1 MiB.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "415", description = "The body has another Content-Type than this operation takes.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "422", description = "The body is readable, but fields are invalid: all are listed in errors.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface Create {
    }

    /** Responses of a paged listing. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "A page.", headers = @Header(name = "Link", description = "<…>; rel=\"next\" while more pages exist.", schema = @Schema(type = "string"))),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface Listed {
    }

    /** Responses of reading one resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "The resource.", headers = @Header(name = "ETag", description = "The version of the resource, quoted.", schema = @Schema(type = "string", example = "\"3\""))),
        @ApiResponse(responseCode = "304", description = "If-None-Match holds the current ETag: the client's copy is current.", headers = @Header(name = "ETag", description = "The version of the resource, quoted.", schema = @Schema(type = "string", example = "\"3\"")), content = @Content),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "404", description = "No such resource.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface Read {
    }

    /** Responses of replacing or patching one resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "The resource as it is now.", headers = @Header(name = "ETag", description = "The version of the resource, quoted.", schema = @Schema(type = "string", example = "\"3\""))),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "404", description = "No such resource.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "409", description = "Conflicts with existing data (a duplicate, or something still in use).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "412", description = "If-Match names a version that is not the current one; nothing changed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "413", description = "The body is larger than 1 MiB.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "415", description = "The body has another Content-Type than this operation takes.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "422", description = "The body is readable, but fields are invalid: all are listed in errors.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface Written {
    }

    /** Responses of deleting a resource that nothing refers to. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "204", description = "Deleted.", content = @Content),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "404", description = "No such resource.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "412", description = "If-Match names a version that is not the current one; nothing changed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface Deleted {
    }

    /** Responses of deleting a resource that others may still refer to. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "204", description = "Deleted.", content = @Content),
        @ApiResponse(responseCode = "400", description = "The request cannot be read: a parameter is invalid, or the body is not a JSON object.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "404", description = "No such resource.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "409", description = "Conflicts with existing data (a duplicate, or something still in use).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class))),
        @ApiResponse(responseCode = "412", description = "If-Match names a version that is not the current one; nothing changed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemResource.class)))
    })
    public @interface DeletedIfUnused {
    }
}
