package com.tierline.webhook.service;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.springframework.http.HttpStatus;

/**
 * Why an attempt got no HTTP answer, as a stable code kept at the start of the attempt's error ("refused: raw
 * detail") and as words for the delivery log. Rows written before the code existed are read by their old wording.
 */
public enum WebhookFailure {
    REFUSED("refused", "Connection refused"),
    CONNECT_TIMEOUT("connect-timeout", "No connection within the connect timeout"),
    READ_TIMEOUT("read-timeout", "No answer within the read timeout"),
    HOST_NOT_FOUND("host-not-found", "Host not found"),
    TLS("tls", "TLS handshake failed"),
    INTERRUPTED("interrupted", "Interrupted while sending (the node was stopping)"),
    CONNECTION("connection", "The connection failed"),
    SECRET_UNREADABLE("secret-unreadable", "Not sent: this node cannot read the endpoint's signing secret (its "
            + "webhook key is not the one the secret was stored under)");

    private final String code;
    private final String words;

    WebhookFailure(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** What is stored: the code, then the raw detail for whoever reads the row. */
    String stored(String detail) {
        return detail == null || detail.isBlank() ? code : code + ": " + detail;
    }

    /**
     * The kind of failure an exception from the JDK's client stands for. Its whole cause chain is looked at first,
     * because the client wraps an unknown host (UnresolvedAddressException) in a ConnectException.
     */
    static WebhookFailure of(Throwable e) {
        boolean connect = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return CONNECT_TIMEOUT;
            }
            if (t instanceof HttpTimeoutException) {
                return READ_TIMEOUT;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return HOST_NOT_FOUND;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
            connect |= t instanceof ConnectException;
        }
        return connect ? REFUSED : CONNECTION;
    }

    /** The failure an attempt's stored error names, by its code or, for older rows, by its old wording. */
    static Optional<WebhookFailure> read(String error) {
        if (error == null) {
            return Optional.empty();
        }
        Optional<WebhookFailure> coded = Arrays.stream(values())
                .filter(f -> error.equals(f.code) || error.startsWith(f.code + ": ")).findFirst();
        if (coded.isPresent()) {
            return coded;
        }
        String old = error.toLowerCase(Locale.ROOT);
        if (old.startsWith("no answer within")) {
            return Optional.of(READ_TIMEOUT);
        }
        if (old.startsWith("interrupted")) {
            return Optional.of(INTERRUPTED);
        }
        if (old.startsWith("could not connect")) {
            return Optional.of(old.contains("timed out") ? CONNECT_TIMEOUT : REFUSED);
        }
        if (old.contains("unresolved") || old.contains("unknownhost")) {
            return Optional.of(HOST_NOT_FOUND);
        }
        if (old.contains("ssl") || old.contains("handshake") || old.contains("certificate")) {
            return Optional.of(TLS);
        }
        return old.startsWith("connection failed") ? Optional.of(CONNECTION) : Optional.empty();
    }

    /**
     * An attempt's answer in words: "HTTP 500 Internal Server Error", "HTTP 302 Found — redirect not followed",
     * "Connection refused"; an error this version cannot name is shown as it was stored.
     */
    public static String describe(Integer httpStatus, String error) {
        if (httpStatus != null) {
            HttpStatus known = HttpStatus.resolve(httpStatus);
            String status = "HTTP " + httpStatus + (known == null ? "" : " " + known.getReasonPhrase());
            return httpStatus >= 300 && httpStatus < 400 ? status + " — redirect not followed" : status;
        }
        return read(error).map(WebhookFailure::words).orElse(error == null ? "No answer" : error);
    }
}
