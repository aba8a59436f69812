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
 * them in one word: its success response here, and the {@link Problems} it can answer with, which
 * the OpenAPI configuration documents, each in one way. Problems that any operation can give
 * (406, 500, 503), those of its bearer token (401, 403) and the X-Request-Id header are added to
 * all operations there.
 */
public final class ProblemResponses {

    /** The one description of the ETag header, in the document's components. */
    public static final String ETAG = "#/components/headers/ETag";

    private ProblemResponses() {}

    /** The problems an operation can answer with, beyond those every operation can. */
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Problems {
        Problem[] value();
    }

    /** Responses of an operation that creates a resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses(@ApiResponse(responseCode = "201", description = "Created.", headers = {
            @Header(name = "Location", description = "Where the new resource is.", schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = "ETag", ref = ETAG)}))
    @Problems({Problem.INVALID_REQUEST, Problem.CONFLICT, Problem.BODY_TOO_LARGE, Problem.UNSUPPORTED_MEDIA_TYPE, Problem.INVALID_FIELDS})
    public @interface Create {
    }

    /** Responses of a paged listing. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses(@ApiResponse(responseCode = "200", description = "A page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" while more pages exist.", schema = @Schema(type = "string"))))
    @Problems(Problem.INVALID_REQUEST)
    public @interface Listed {
    }

    /** Responses of reading one resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "The resource.", headers = @Header(name = "ETag", ref = ETAG)),
        @ApiResponse(responseCode = "304", description = "If-None-Match holds the current ETag: the client's copy is current.",
                headers = @Header(name = "ETag", ref = ETAG), content = @Content)
    })
    @Problems({Problem.INVALID_REQUEST, Problem.NOT_FOUND})
    public @interface Read {
    }

    /** Responses of replacing or patching one resource. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses(@ApiResponse(responseCode = "200", description = "The resource as it is now.", headers = @Header(name = "ETag", ref = ETAG)))
    @Problems({Problem.INVALID_REQUEST, Problem.NOT_FOUND, Problem.CONFLICT, Problem.VERSION_MISMATCH, Problem.BODY_TOO_LARGE,
            Problem.UNSUPPORTED_MEDIA_TYPE, Problem.INVALID_FIELDS})
    public @interface Written {
    }

    /** Responses of deleting a resource that nothing refers to. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses(@ApiResponse(responseCode = "204", description = "Deleted.", content = @Content))
    @Problems({Problem.INVALID_REQUEST, Problem.NOT_FOUND, Problem.VERSION_MISMATCH})
    public @interface Deleted {
    }

    /** Responses of deleting a resource that others may still refer to. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses(@ApiResponse(responseCode = "204", description = "Deleted.", content = @Content))
    @Problems({Problem.INVALID_REQUEST, Problem.NOT_FOUND, Problem.CONFLICT, Problem.VERSION_MISMATCH})
    public @interface DeletedIfUnused {
    }
}
