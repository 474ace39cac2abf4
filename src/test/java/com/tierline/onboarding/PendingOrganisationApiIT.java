package com.tierline.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.identity.service.OrganisationRegistrations;
import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API denies the people of an organisation that is not approved, and says why. */
@ServedIT
class PendingOrganisationApiIT {

    @LocalServerPort int port;
    @Autowired OrganisationRegistrations registrations;

    @Test
    void aPendingOrganisationsUserIsAnswered403WithTheReason() throws Exception {
        String id = OnboardingIT.unique();
        registrations.register(OnboardingIT.registration(id), "203.0.113.60");

        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/applications")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(("applicant-" + id + ":" + OnboardingIT.PASSWORD)
                                .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(list.body()).contains("The registration of Acme " + id + " is pending review");
    }
}
