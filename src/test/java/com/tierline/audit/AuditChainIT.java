package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationService;
import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.ChainVerification;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class AuditChainIT {

    @Autowired ApplicationService applications;
    @Autowired AuditTrail audit;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void submittingACaseLeavesAVerifiableHistoryAndTamperingIsNamed() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        applications.submit(reference);

        SignIn.as(users, "auditor1");
        assertThat(audit.caseHistory(reference)).extracting(AuditEvent::getAction)
                .containsExactly("application.draft-saved", "application.submitted", "application.screened",
                        "sla.started");
        assertThat(audit.caseHistory(reference)).extracting(AuditEvent::getActor)
                .containsExactly("exporter1", "exporter1", "system", "system");
        ChainVerification before = audit.verify();
        assertThat(before.valid()).isTrue();
        assertThat(before.firstBrokenSequence()).isNull();

        long submitted = audit.caseHistory(reference).get(1).getSequence();
        jdbc.update("update audit_event set actor = 'exporter3' where sequence = ?", submitted);
        try {
            ChainVerification after = audit.verify();
            assertThat(after.valid()).isFalse();
            assertThat(after.firstBrokenSequence()).isEqualTo(submitted);
        } finally {
            jdbc.update("update audit_event set actor = 'exporter1' where sequence = ?", submitted);
        }
        assertThat(audit.verify().valid()).isTrue();
    }
}
