package com.tierline.webhook.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver with the JDK's client. Redirects are not followed: a signed event goes to the
 * address the administrator registered, nowhere else; a redirect answers as a failed attempt.
 */
@Component
class WebhookPost {

    /** What came back: a status, or the error that took its place; and how long it took. */
    record Result(Integer status, String error, long durationMs, String responseExcerpt) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private static final int EXCERPT = 300;

    private final HttpClient client;
    private final Duration readTimeout;

    WebhookPost(@Value("${tierline.webhook.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${tierline.webhook.read-timeout:PT10S}") Duration readTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
    }

    Result send(String url, String deliveryEventId, String secret, long timestamp, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tierline-Webhooks/1")
                .header("Tierline-Webhook-Id", deliveryEventId)
                .header("Tierline-Webhook-Timestamp", Long.toString(timestamp))
                .header("Tierline-Webhook-Signature", WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null ? "" : response.body().strip();
            return new Result(response.statusCode(), null, millisSince(started),
                    text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(WebhookFailure.INTERRUPTED, null, started);
        } catch (IOException e) {
            return failed(WebhookFailure.of(e), describe(e), started);
        }
    }

    /** The failure's stable code goes first so the delivery log can word it; the raw detail is kept after it. */
    private static Result failed(WebhookFailure failure, String detail, long started) {
        return new Result(null, failure.stored(detail), millisSince(started), null);
    }

    private static String describe(Exception e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        return message.length() > 400 ? message.substring(0, 400) : message;
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
