package com.abparts.machines.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A collector's OTLP/HTTP endpoint on this machine, keeping every request it receives. */
public final class OtlpReceiver implements AutoCloseable {

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint to give the service: {@code http://127.0.0.1:<port>/v1/traces}. */
    public String tracesEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /** The requests that carried spans of this trace (OTLP's protobuf holds the trace id as its 16 raw bytes). */
    public List<Received> requestsOf(String traceId) {
        byte[] id = HexFormat.of().parseHex(traceId);
        return received.stream().filter(request -> indexOf(request.body(), id) >= 0).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One request as received. */
    public record Received(String path, String contentType, byte[] body) {
    }
}
