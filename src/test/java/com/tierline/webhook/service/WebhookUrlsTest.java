package com.tierline.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.shared.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses may receive events: HTTPS anywhere, plain HTTP only on this machine, never with secrets in it. */
class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://erp.example.com/tierline", "https://erp.example.com:8443/hooks?source=tierline",
            "http://127.0.0.1:8080/hook", "http://127.12.0.1/hook", "http://localhost:9000/hook",
            "http://LOCALHOST/hook", "http://[::1]:9000/hook", "  https://erp.example.com/hook  "})
    void accepts(String url) {
        assertThat(WebhookUrls.check(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://example.com/hook|url.https-required",
            "http://10.0.0.8/hook|url.https-required",
            "http://127.0.0.1.nip.io/hook|url.https-required",
            "http://127.0.0.300/hook|url.malformed",
            "http://[::2]/hook|url.https-required",
            "ftp://erp.example.com/hook|url.scheme",
            "javascript:alert(1)|url.scheme",
            "erp.example.com/hook|url.scheme",
            "https://ops:hunter2@erp.example.com/hook|url.credentials",
            "https://erp.example.com/hook#events|url.fragment",
            "https://erp example.com/hook|url.malformed",
            "https:///hook|url.malformed",
            "'   '|url.required"})
    void refuses(String url, String code) {
        assertThat(WebhookUrls.check(url)).get().extracting(Refusal::code, Refusal::field)
                .containsExactly(code, "url");
    }

    @ParameterizedTest
    @ValueSource(ints = {WebhookUrls.MAX_LENGTH + 1})
    void refusesAddressesLongerThanTheColumn(int length) {
        String url = "https://erp.example.com/" + "a".repeat(length - "https://erp.example.com/".length());
        assertThat(WebhookUrls.check(url)).get().extracting(Refusal::code).isEqualTo("url.too-long");
    }
}
