package com.abparts.machines.api.web.problem;

import com.abparts.machines.api.web.request.RequestIds;
import com.abparts.machines.api.web.request.TraceIds;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's: an error sent with
 * {@code sendError} outside Spring MVC (Spring Security's firewall refusing a path with {@code ;}
 * or {@code //}, say) is answered as an RFC 9457 problem, like every other error of this API.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
            case BAD_REQUEST -> "The request cannot be read: its path holds what this API does not take, such as ';', '//', "
                    + "an encoded '/' or '%', or a '..' segment.";
            case NOT_FOUND -> "No such resource.";
            case INTERNAL_SERVER_ERROR -> ProblemHandler.BUG;
            default -> status.getReasonPhrase() + ".";
        });
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri && !uri.isEmpty()) {
            problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~!$&'()*+,;=:@%-]", "_")));
        }
        problem.setProperty("requestId", RequestIds.of(request));
        problem.setProperty("traceId", TraceIds.of(request));
        if (status.is4xxClientError()) {
            LOG.warn("{} {} answered {} from the servlet container", request.getMethod(), path, status.value());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(Object code) {
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
