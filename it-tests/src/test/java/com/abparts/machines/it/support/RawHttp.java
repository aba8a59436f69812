package com.abparts.machines.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A request written byte for byte, for what HTTP clients refuse to send, such as a query string
 * that is not percent-encoded ({@code %zz}). Asks for {@code Connection: close} and reads the
 * answer to its end.
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends {@code GET target} with a bearer token and returns the status and the body. */
    public static Response get(int port, String target, String token) {
        String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Response.of(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a request without a token that declares a body of {@code declaredLength} bytes, and sends
     * only its first kilobyte: the status of an answer given without waiting for the rest of the body.
     *
     * @throws AssertionError when no answer comes within 10 seconds, as when the server reads the body
     */
    public static int statusBeforeTheBody(int port, String target, String contentType, long declaredLength) {
        String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + declaredLength + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write("a=b&".repeat(256).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] statusLine = socket.getInputStream().readNBytes(12);
            return Integer.parseInt(new String(statusLine, StandardCharsets.ISO_8859_1).substring(9, 12));
        } catch (SocketTimeoutException waiting) {
            throw new AssertionError("no answer within 10 s to " + target + ": the server waits for the body", waiting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /** The status line's code, the header block as text and the body, its chunks joined. */
    public record Response(int status, String headers, String body) {

        static Response of(byte[] answer) {
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(answer, end + 4, answer.length);
            boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
            return new Response(Integer.parseInt(head.substring(9, 12)), head,
                    new String(chunked ? joined(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] joined(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
