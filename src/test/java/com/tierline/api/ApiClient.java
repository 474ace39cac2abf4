package com.tierline.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An exporter's system as the API tests play it: HTTP Basic as a demo user, JSON and multipart/form-data bodies
 * (which java.net.http does not build itself), nothing but HTTP to the served application.
 */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String user, String path) {
        return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String user, String path) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postMultipart(String user, String path, Form form) {
        return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + form.boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Form form() {
        return new Form();
    }

    /** A multipart/form-data body: text fields and files, in the order added. */
    static final class Form {
        private final String boundary = "tierline-" + UUID.randomUUID();
        private final List<byte[]> parts = new ArrayList<>();

        Form field(String name, String value) {
            parts.add(("Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** A file under {@code name}; the declared type is what a careless client sends, never what is stored. */
        Form file(String name, String fileName, byte[] content) {
            byte[] head = ("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] part = new byte[head.length + content.length];
            System.arraycopy(head, 0, part, 0, head.length);
            System.arraycopy(content, 0, part, head.length, content.length);
            parts.add(part);
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(part);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":tierline-demo").getBytes(StandardCharsets.UTF_8)));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
