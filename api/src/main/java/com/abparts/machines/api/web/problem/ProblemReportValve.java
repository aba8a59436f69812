package com.abparts.machines.api.web.problem;

import com.abparts.machines.api.web.request.TraceIds;
import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's answer to a request it refuses before any filter or servlet sees it (a path with an
 * encoded U+0000, an unknown version of HTTP…), as an RFC 9457 problem rather than Tomcat's HTML
 * page. It replaces Tomcat's error report valve on the host; errors that reach Spring get their
 * problems from {@link ProblemHandler}, and this valve leaves any body already written alone.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable error) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "The request is not valid HTTP, or its path cannot be read (such as one holding %00)."
                : title + ".";
        String requestId = UUID.randomUUID().toString();
        // No span exists this early: the trace id is new, so that every problem has one, and nothing is recorded under it.
        String traceId = TraceIds.newId();
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Request-Id", requestId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\",\"requestId\":\"" + requestId + "\",\"traceId\":\"" + traceId + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the connection is gone or the response was committed: there is no one left to tell
        }
    }
}
