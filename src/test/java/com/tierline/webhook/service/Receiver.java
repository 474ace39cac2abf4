package com.tierline.webhook.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiving system on a free loopback port (the JDK's own HTTP server): it keeps every request it got and answers
 * each with the next status queued, or 204 when none is queued.
 */
public final class Receiver implements AutoCloseable {

    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(
                    name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            Integer status = statuses.poll();
            byte[] answer = (status == null || status < 300 ? "ok" : "receiver is down").getBytes(
                    StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 204 : status, status == null ? -1 : answer.length);
            if (status != null) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    /** The next {@code count} requests are answered with {@code status}. */
    public Receiver answering(int status, int count) {
        for (int i = 0; i < count; i++) {
            statuses.add(status);
        }
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** What arrived about application {@code reference}, in the order it arrived. */
    public List<Received> about(String reference) {
        return received.stream().filter(r -> r.body().contains("\"" + reference + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
