package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.jdbc.core.ConnectionCallback;
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
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'exporter3' where sequence = ?",
                submitted)).as("the database refuses to rewrite history").hasStackTraceContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where sequence = ?", submitted))
                .hasStackTraceContaining("append-only: DELETE refused");

        // Someone with the power to switch the triggers off (a DBA) rewrites a row: the verifier names it.
        withoutAppendOnlyTriggers(() -> jdbc.update("update audit_event set actor = 'exporter3' where sequence = ?",
                submitted));
        try {
            ChainVerification after = audit.verify();
            assertThat(after.valid()).isFalse();
            assertThat(after.firstBrokenSequence()).isEqualTo(submitted);
        } finally {
            withoutAppendOnlyTriggers(() -> jdbc.update(
                    "update audit_event set actor = 'exporter1' where sequence = ?", submitted));
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    private void withoutAppendOnlyTriggers(Runnable change) {
        boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
                .toLowerCase().contains("postgres"));
        if (postgres) {
            jdbc.execute("alter table audit_event disable trigger user");
        } else {
            jdbc.execute("drop trigger audit_event_no_update");
            jdbc.execute("drop trigger audit_event_no_delete");
        }
        try {
            change.run();
        } finally {
            if (postgres) {
                jdbc.execute("alter table audit_event enable trigger user");
            } else {
                jdbc.execute("create trigger audit_event_no_update before update on audit_event for each row "
                        + "call 'com.tierline.audit.domain.AppendOnlyTrigger'");
                jdbc.execute("create trigger audit_event_no_delete before delete on audit_event for each row "
                        + "call 'com.tierline.audit.domain.AppendOnlyTrigger'");
            }
        }
    }
}
