package com.tierline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.service.RestrictedListRejectedException;
import com.tierline.screening.service.RestrictedPartyService;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class RestrictedPartiesIT {

    @Autowired RestrictedPartyService parties;
    @Autowired UserDetailsService users;

    @AfterEach
    void restoreShippedList() throws Exception {
        SignIn.as(users, "admin1");
        try (var in = new ClassPathResource("rulesets/restricted-parties.csv").getInputStream()) {
            parties.replace(in, "restricted-parties.csv");
        }
        SignIn.out();
    }

    @Test
    void anUploadReplacesTheListAndScreeningUsesItAtOnce() {
        SignIn.as(users, "admin1");
        assertThat(parties.current().bestMatch("Zephyr Quantum Holdings")).isEmpty();
        int loaded = parties.replace(csv("name,country,source\nZephyr Quantum Ltd,KP,Test list\n\"Acme, Inc.\",,Test\n"),
                "test.csv");
        assertThat(loaded).isEqualTo(2);
        assertThat(parties.entries()).extracting(RestrictedParty::name).containsExactly("Acme, Inc.",
                "Zephyr Quantum Ltd");
        assertThat(parties.current().bestMatch("Zephyr Quantum Holdings")).isPresent();
        assertThat(parties.current().bestMatch("Huawei Technologies")).isEmpty();
    }

    @Test
    void aMalformedUploadChangesNothingAndNamesTheBadLines() {
        SignIn.as(users, "admin1");
        List<RestrictedParty> before = parties.entries();
        assertThatThrownBy(() -> parties.replace(csv("name,country,source\nGood Name,CN,x\n,CN,x\nBad,China,x\n"),
                "bad.csv")).isInstanceOfSatisfying(RestrictedListRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly("Line 3: expected a name (up to 300 characters), a country and a source",
                                "Line 4: country must be a two-letter ISO code or empty"));
        assertThatThrownBy(() -> parties.replace(csv("who,where\nX,Y\n"), "wrong.csv"))
                .isInstanceOf(RestrictedListRejectedException.class)
                .hasMessage("The first line must be the header name,country,source");
        assertThat(parties.entries()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsReplaceTheList() {
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> parties.replace(csv("name,country,source\nX,CN,y\n"), "x.csv"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
