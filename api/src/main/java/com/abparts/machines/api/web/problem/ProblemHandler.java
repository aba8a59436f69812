package com.abparts.machines.api.web.problem;

import com.abparts.machines.api.web.support.BodyTooLargeException;
import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.FieldErrors;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.HeaderTooLargeException;
import com.abparts.machines.api.web.support.RequestLimits;
import com.abparts.machines.api.web.support.RoleNames;
import com.abparts.machines.api.web.support.UnprocessableInputException;
import com.abparts.machines.api.web.request.RequestIds;
import com.abparts.machines.api.web.request.TraceIds;
import com.abparts.machines.domain.failure.ConflictException;
import com.abparts.machines.domain.failure.NotFoundException;
import com.abparts.machines.domain.organization.AccessRefusedException;
import com.abparts.machines.domain.revision.VersionMismatchException;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns every failure into an RFC 9457 problem carrying the request's id. Spring MVC's own
 * exceptions (unreadable body, wrong method, unacceptable media type, unknown path…) are handled
 * by the base class and decorated here; domain failures map by kind. Anything else is a bug: it
 * is logged whole, and the caller learns nothing of its insides.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** What a caller learns of a bug: where to look, nothing of what it was. */
    static final String BUG = "Something went wrong on our side. Report the requestId, so that it can be found in the logs.";

    @ExceptionHandler
    ResponseEntity<Object> invalidFields(InvalidFieldsException error, NativeWebRequest request) {
        FieldErrors errors = new FieldErrors();
        error.violations().forEach(violation -> errors.add(new FieldError(violation.field(), violation.message())));
        return unprocessableInput(new UnprocessableInputException(errors), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unprocessableInput(UnprocessableInputException error, NativeWebRequest request) {
        ProblemDetail problem = problem(Problem.INVALID_FIELDS, error.getMessage());
        problem.setProperty("errors", error.errors());
        return respond(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidRequest(InvalidRequestException error, NativeWebRequest request) {
        ProblemDetail problem = problem(Problem.INVALID_REQUEST, error.getMessage());
        problem.setProperty("errors", error.errors());
        return respond(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unauthenticated(UnauthenticatedRequestException error, NativeWebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, error.tokenSent()
                ? "Bearer error=\"invalid_token\", error_description=\"" + quotable(error.getMessage()) + "\""
                : "Bearer");
        return respond(problem(Problem.UNAUTHENTICATED, error.tokenSent() ? "The bearer token is not valid: " + error.getMessage()
                : "This API needs a bearer token: Authorization: Bearer <JWT>."), headers, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> identityProviderUnavailable(IdentityProviderUnavailableException error, NativeWebRequest request) {
        LOG.warn("identity provider unavailable: {}", error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
        return unavailable(Problem.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider cannot be reached to check the token; try again shortly.",
                request);
    }

    @ExceptionHandler
    ResponseEntity<Object> headerTooLarge(HeaderTooLargeException error, NativeWebRequest request) {
        return respond(problem(Problem.HEADER_TOO_LARGE, error.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> accessRefused(AccessRefusedException error, NativeWebRequest request) {
        return respond(problem(Problem.FORBIDDEN, capitalized(error.describe(RoleNames::of)) + "."), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException error, NativeWebRequest request) {
        return respond(problem(Problem.NOT_FOUND, error.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(ConflictException error, NativeWebRequest request) {
        return respond(problem(Problem.CONFLICT, error.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> versionMismatch(VersionMismatchException error, NativeWebRequest request) {
        return respond(problem(Problem.VERSION_MISMATCH,
                error.getMessage() + "; nothing was changed. Fetch it again and retry with its new ETag."), new HttpHeaders(), request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> databaseUnavailable(Exception error, NativeWebRequest request) {
        LOG.warn("database unavailable: {}", error.getMessage());
        return unavailable(Problem.DATABASE_UNAVAILABLE, "The database cannot be reached right now; try again shortly.", request);
    }

    /**
     * The database refused a value (the persistence adapters translate PostgreSQL's data
     * exceptions, SQLSTATE class 22, to this). Input is checked before it reaches SQL, so this is
     * a check the service lacks, and logged as such; yet the value came from the client, and the
     * client is told so, not that the service broke.
     */
    @ExceptionHandler
    ResponseEntity<Object> valueRefusedByTheDatabase(TypeMismatchDataAccessException error, NativeWebRequest request) {
        LOG.warn("the database refused a value of {} that the checks let through: {}", describe(request), oneLine(error.getMessage()));
        return respond(problem(Problem.INVALID_REQUEST,
                "A value in the request cannot be stored or compared: it is out of range or not valid text."), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> bug(Exception error, NativeWebRequest request) {
        LOG.error("unexpected failure serving {}", describe(request), error);
        return respond(problem(Problem.INTERNAL_ERROR, BUG), new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (causedBy(error, BodyTooLargeException.class)) {
            return respond(problem(Problem.BODY_TOO_LARGE,
                    "The request body is larger than " + RequestLimits.BODY_BYTES + " bytes (1 MiB)."), headers, request);
        }
        if (causedBy(error, StreamConstraintsException.class)) {
            return respond(problem(Problem.INVALID_REQUEST,
                    "The request body is JSON beyond what this API reads: " + RequestLimits.jsonInWords() + "."), headers, request);
        }
        return respond(problem(Problem.INVALID_REQUEST,
                "The request body is not valid JSON (RFC 8259), or it names a property twice."), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException error, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = error instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : error.getPropertyName();
        String expected = error.getRequiredType() == null ? "valid" : error.getRequiredType().getSimpleName();
        FieldError fieldError = new FieldError(name, expected.equals("UUID") ? "must be a UUID" : "must be a valid " + expected);
        ProblemDetail problem = problem(Problem.INVALID_REQUEST, name + " " + fieldError.message());
        problem.setProperty("errors", List.of(fieldError));
        return respond(problem, headers, request);
    }

    /** Every problem Spring MVC itself builds passes here: add what ours carry. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            decorate(problem, request);
            if (status.isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                // anyone can send these, a scanner thousands a minute: kept out of the log at its default level
                LOG.debug("{} answered {}: {}", describe(request), status.value(), oneLine(problem.getDetail()));
            } else if (status.is4xxClientError()) {
                // the client's mistake, not ours: one line to find it by, no stack trace
                LOG.warn("{} answered {}: {}", describe(request), status.value(), oneLine(problem.getDetail()));
            }
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    /** A 503 that tells the caller when to try again: what is missing will be back by itself. */
    private ResponseEntity<Object> unavailable(Problem kind, String detail, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return respond(problem(kind, detail), headers, request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail problem(Problem kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(kind.type());
        return problem;
    }

    private static void decorate(ProblemDetail problem, WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            problem.setInstance(URI.create(servletRequest.getRequestURI()));
            problem.setProperty("requestId", RequestIds.of(servletRequest));
            problem.setProperty("traceId", TraceIds.of(servletRequest));
        }
    }

    private static String describe(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest && nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet
                ? servlet.getMethod() + " " + servlet.getRequestURI() : request.getDescription(false);
    }

    /** Client-supplied text fit for one log line: no line breaks or other control characters to forge lines with. */
    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 500 ? line : line.substring(0, 500) + "...";
    }

    /** Text fit for a quoted-string of a header: printable ASCII without quotes or backslashes, and short. */
    private static String quotable(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
        return printable.length() <= 200 ? printable : printable.substring(0, 200) + "...";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
