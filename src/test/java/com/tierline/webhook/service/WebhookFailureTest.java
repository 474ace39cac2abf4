package com.tierline.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** An attempt's failure is kept as a stable code plus its raw detail, and shown in words, old rows included. */
class WebhookFailureTest {

    @Test
    void eachFailureOfTheJdkClientHasItsCode() {
        assertThat(WebhookFailure.of(new ConnectException())).isEqualTo(WebhookFailure.REFUSED);
        assertThat(WebhookFailure.of(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo(WebhookFailure.CONNECT_TIMEOUT);
        assertThat(WebhookFailure.of(new HttpTimeoutException("request timed out")))
                .isEqualTo(WebhookFailure.READ_TIMEOUT);
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertThat(WebhookFailure.of(unresolved)).isEqualTo(WebhookFailure.HOST_NOT_FOUND);
        assertThat(WebhookFailure.of(new UnknownHostException("nowhere.invalid")))
                .isEqualTo(WebhookFailure.HOST_NOT_FOUND);
        assertThat(WebhookFailure.of(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo(WebhookFailure.TLS);
        assertThat(WebhookFailure.of(new IOException("reset"))).isEqualTo(WebhookFailure.CONNECTION);
    }

    @Test
    void theStoredCodeKeepsTheRawDetailAndReadsBackAsWords() {
        String stored = WebhookFailure.REFUSED.stored("ConnectException");
        assertThat(stored).isEqualTo("refused: ConnectException");
        assertThat(WebhookFailure.describe(null, stored)).isEqualTo("Connection refused");
        assertThat(WebhookFailure.describe(null, WebhookFailure.TLS.stored("SSLHandshakeException PKIX")))
                .isEqualTo("TLS handshake failed");
    }

    @Test
    void rowsWrittenBeforeTheCodeAreReadByTheirOldWording() {
        assertThat(WebhookFailure.describe(null, "Could not connect: ConnectException"))
                .isEqualTo("Connection refused");
        assertThat(WebhookFailure.describe(null, "No answer within 10 seconds"))
                .isEqualTo("No answer within the read timeout");
        assertThat(WebhookFailure.describe(null, "Connection failed: UnresolvedAddressException"))
                .isEqualTo("Host not found");
        assertThat(WebhookFailure.describe(null, "something new")).isEqualTo("something new");
    }

    @Test
    void anHttpAnswerIsItsStatusWithItsReasonAndARedirectSaysItWasNotFollowed() {
        assertThat(WebhookFailure.describe(500, null)).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(WebhookFailure.describe(302, null)).isEqualTo("HTTP 302 Found — redirect not followed");
        assertThat(WebhookFailure.describe(299, null)).isEqualTo("HTTP 299");
    }
}
