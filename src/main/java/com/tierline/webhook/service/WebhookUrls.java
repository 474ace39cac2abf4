package com.tierline.webhook.service;

import com.tierline.shared.Refusal;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for an endpoint's address. Events leave the authority's network, so they go over HTTPS; plain HTTP is
 * for a receiver on this machine only (tests, a developer's listener), judged from the address as written: a host
 * name is never looked up, so no name can pass for loopback.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private WebhookUrls() {
    }

    /** The reason {@code url} cannot be an endpoint, or empty when it can. */
    static Optional<Refusal> check(String url) {
        if (url == null || url.isBlank()) {
            return refuse("url.required", "Enter the address that should receive the events.");
        }
        String text = url.strip();
        if (text.length() > MAX_LENGTH) {
            return refuse("url.too-long", "The address is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return refuse("url.malformed", "This is not a web address (for example https://erp.example.com/tierline).");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return refuse("url.scheme", "The address must start with https://.");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null || uri.getHost().isBlank()) {
            return refuse("url.malformed", "The address has no host name (for example https://erp.example.com/tierline).");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse("url.credentials", "Remove the user name and password from the address; every event is "
                    + "signed with the endpoint's secret instead.");
        }
        if (uri.getRawFragment() != null) {
            return refuse("url.fragment", "Remove the part after # from the address; it is never sent to a server.");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            return refuse("url.https-required", "The address must use https://; plain http:// is accepted only for "
                    + "this machine (localhost, 127.0.0.1 or [::1]).");
        }
        return Optional.empty();
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4_LOOPBACK.matcher(h).matches()) {
            return List.of(h.split("\\.")).stream().allMatch(part -> Integer.parseInt(part) <= 255);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            try {
                // An IPv6 literal: parsed, never looked up.
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, "url", message));
    }
}
