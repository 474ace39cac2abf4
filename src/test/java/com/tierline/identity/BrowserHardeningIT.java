package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser gets besides the pages: a sign-in form that only its own page can post, and security headers. */
@ServedIT
class BrowserHardeningIT {

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCrossSitePostToTheSignInFormWithoutItsTokenSignsNobodyIn() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=exporter1&password=tierline-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.headers().firstValue("Location").orElse("")).as("not sent on into the application")
                .doesNotEndWith(":" + port + "/");
        HttpResponse<String> after = get("/", sessionCookie(forged));
        assertThat(after.statusCode()).as("the browser is not signed in").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theSignInFormPostsWithTheTokenItsPageCarries() throws Exception {
        HttpResponse<String> page = get("/login", null);
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the page carries the token for the form").isTrue();
        String cookie = sessionCookie(page);

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=exporter1&password=tierline-demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(get("/", sessionCookie(signedIn)).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryAContentSecurityPolicyReferrerAndPermissionsPoliciesAndASameSiteSessionCookie() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie a response set, as a Cookie header value, or none (an empty header is harmless). */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("JSESSIONID=none");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
