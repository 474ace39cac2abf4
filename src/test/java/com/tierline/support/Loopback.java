package com.tierline.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP calls from a chosen loopback address (127.0.0.x), so that an attack test is one client address of its own
 * and its throttling does not spill into the other tests of the shared application context. Java 17's HttpClient
 * cannot choose its local address, hence a plain HTTP/1.0 request over a socket (the server closes after it).
 */
public final class Loopback {

    public record Response(int status, Map<String, String> headers, String body) {

        /** A header by name, case-insensitively, or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final InetAddress from;
    private final int port;

    public Loopback(String fromAddress, int port) {
        try {
            this.from = InetAddress.getByName(fromAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException(fromAddress, e);
        }
        this.port = port;
    }

    /** GET {@code path} with HTTP Basic credentials. */
    public Response get(String path, String user, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                + credentials + "\r\n\r\n");
    }

    private Response send(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP from " + from + " failed", e);
        }
    }

    private static Response parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end < 0 ? all.length() : end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
                end < 0 ? "" : all.substring(end + 4));
    }
}
