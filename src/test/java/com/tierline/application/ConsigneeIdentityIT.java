package com.tierline.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.ItemDraft;
import com.tierline.screening.domain.PartyNames;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** RULES.md §3.1: the low-volume total belongs to the consignee, however its name is dressed up. */
@TierlineIT
class ConsigneeIdentityIT {

    @Autowired ApplicationService applications;
    @Autowired ApplicationContext context;
    Cases cases;

    @BeforeEach
    void fixtures() {
        cases = Cases.in(context);
    }
    @Autowired JdbcTemplate jdbc;
    @Autowired List<ApplicationRunner> startUp;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aCompanyFormVariantWithAnInvisibleCharacterDoesNotStartAFreshAllowance() {
        // 1,000 H100s = 15,832,000 TPP each: the first fits under 26,900,000, the two together would not.
        String first = cases.filed("exporter3", draft("Harbourview Compute FZ-LLC", 1000));
        String second = cases.filed("exporter3", draft("HARBOUR\u200BVIEW-COMPUTE L.L.C.", 1000));

        assertThat(applications.find(first).orElseThrow().outcome()).isEqualTo("AUTHORISED_LOW_VOLUME");
        CaseDetails later = applications.find(second).orElseThrow();
        assertThat(later.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(later.findings()).extracting("code").contains("LPP_LIMIT_EXCEEDED");
    }

    @Test
    void keysWrittenTheOldWayAreRecomputedOnStartUp() throws Exception {
        String reference = cases.filed("exporter3", draft("Quayside Ｄata Systems Pte Ltd", 10));
        jdbc.update("update licence_application set consignee_key = 'quayside d ata systems' where reference = ?",
                reference);

        for (ApplicationRunner runner : startUp) {
            if (runner.getClass().getSimpleName().startsWith("ConsigneeKeys")) {
                runner.run(new DefaultApplicationArguments());
            }
        }

        assertThat(jdbc.queryForObject("select consignee_key from licence_application where reference = ?",
                String.class, reference)).isEqualTo(PartyNames.identityKey("Quayside Data Systems"));
    }

    private static ApplicationDraft draft(String consignee, int h100s) {
        ApplicationDraft d = Drafts.h100s("HU");
        d.setConsigneeName(consignee);
        d.setItems(List.of(new ItemDraft("NVIDIA H100", new BigDecimal("15832"), new BigDecimal("19.45"), h100s,
                null)));
        return d;
    }
}
