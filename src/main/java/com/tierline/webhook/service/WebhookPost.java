package com.tierline.webhook.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
        } catch (HttpTimeoutException e) {
            return new Result(null, "No answer within " + readTimeout.toSeconds() + " seconds", millisSince(started),
                    null);
        } catch (java.net.ConnectException e) {
            return new Result(null, "Could not connect: " + describe(e), millisSince(started), null);
        } catch (IOException e) {
            return new Result(null, "Connection failed: " + describe(e), millisSince(started), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "Interrupted while sending (the node is stopping)", millisSince(started), null);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 400 ? message.substring(0, 400) : message;
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
