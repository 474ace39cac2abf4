package com.tierline.screening;

import static com.tierline.screening.service.CslRows.HEADER;
import static com.tierline.screening.service.CslRows.row;
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
        int loaded = parties.replace(csv(HEADER + row("Zephyr Quantum Ltd", "ZQ;Zephyr QC", "Test list",
                "1 Main Street, Pyongyang, KP") + row("Acme, Inc.", "", "Test", "")), "test.csv");
        assertThat(loaded).isEqualTo(2);
        assertThat(parties.entries()).extracting(RestrictedParty::name).containsExactly("Acme, Inc.",
                "Zephyr Quantum Ltd");
        assertThat(parties.entries().get(1).altNames()).containsExactly("ZQ", "Zephyr QC");
        assertThat(parties.entries().get(1).country()).isEqualTo("KP");
        assertThat(parties.current().bestMatch("Zephyr Quantum Holdings")).isPresent();
        assertThat(parties.current().bestMatch("Zephyr QC")).get()
                .extracting(m -> m.matchedName()).isEqualTo("Zephyr QC");
        assertThat(parties.current().bestMatch("Huawei Technologies")).isEmpty();
    }

    @Test
    void aMalformedUploadChangesNothingAndNamesTheBadLineAndColumn() {
        SignIn.as(users, "admin1");
        List<RestrictedParty> before = parties.entries();
        assertThatThrownBy(() -> parties.replace(csv(HEADER + row("Good Name", "", "x", "") + row("", "", "x", "")
                + "a,b,c\n"), "bad.csv")).isInstanceOfSatisfying(RestrictedListRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(
                                "Line 3, column 6 (name): a name of 1 to 1000 characters is needed",
                                "Line 4: 3 columns where the header has 29"));
        assertThatThrownBy(() -> parties.replace(csv("name,country,source\nX,Y,Z\n"), "old-format.csv"))
                .isInstanceOf(RestrictedListRejectedException.class)
                .hasMessage("Line 1, column 1: the header of the Consolidated Screening List has _id here, the file "
                        + "has \"name\"");
        assertThat(parties.entries()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsReplaceTheList() {
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> parties.replace(csv(HEADER + row("X", "", "y", "")), "x.csv"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
