package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.ChainVerification;
import com.tierline.audit.service.Checkpoint;
import com.tierline.audit.service.Checkpoints;
import com.tierline.support.Cases;
import com.tierline.shared.Formats;
import com.tierline.support.Drafts;
import com.tierline.support.Outsider;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class AuditChainIT {

    @Autowired ApplicationContext context;
    @Autowired AuditTrail audit;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Checkpoints checkpoints;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void submittingACaseLeavesAVerifiableHistoryAndTamperingIsNamed() {
        String reference = Cases.in(context).filed("exporter1", "AE");

        SignIn.as(users, "auditor1");
        assertThat(audit.caseHistory(reference)).extracting(AuditEvent::getAction)
                .containsExactly("application.draft-saved", "application.submitted", "application.screened",
                        "application.routed", "sla.started");
        assertThat(audit.caseHistory(reference)).extracting(AuditEvent::getActor)
                .containsExactly("exporter1", "exporter1", "system", "system", "system");
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

    @Test
    void theLatestCheckpointIsCheckedWithThePublishedPublicKeyAlone() {
        fileACase();
        SignIn.as(users, "auditor1");

        Checkpoints.Published published = checkpoints.published();

        Checkpoint latest = published.checkpoints().get(published.checkpoints().size() - 1);
        assertThat(latest.sequence()).isEqualTo(published.verification().events());
        assertThat(latest.chainHash()).isEqualTo(jdbc.queryForObject(
                "select hash from audit_event where sequence = ?", String.class, latest.sequence()));
        String publicKey = published.publicKeys().get(latest.keyId());
        assertThat(Outsider.verifies(latest.line(), publicKey)).isTrue();
        String otherHash = latest.line().replace(latest.chainHash(), "0".repeat(64));
        assertThat(Outsider.verifies(otherHash, publicKey)).as("the signature covers the hash").isFalse();
        assertThat(published.verification().valid()).isTrue();
        assertThat(published.verification().detail()).contains("every link recomputed")
                .contains("for event " + latest.sequence() + ", signed on ")
                .as("the screens' precise time format")
                .contains("signed on " + Formats.preciseDateTime(latest.signedAt(), Locale.ENGLISH) + " with key ");
    }

    @Test
    void manyExportsAtOnceSignTheUnmovedHeadOnce() throws Exception {
        fileACase();
        SignIn.as(users, "auditor1");
        long before = jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Checkpoint>> sealed = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
                SignIn.as(users, "auditor1");
                start.await();
                return checkpoints.seal().checkpoint();
            })).toList();
            start.countDown();
            List<Checkpoint> results = sealed.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError("a concurrent export failed", e);
                }
            }).toList();
            long after = jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
            // Without the head lock, threads that saw the same head would sign it twice: a duplicate key, a failure.
            assertThat(results).doesNotContainNull().hasSameSizeAs(sealed);
            assertThat(after - before).as("one new checkpoint per head seen").isEqualTo(
                    results.stream().map(Checkpoint::sequence).distinct().count());
        } finally {
            pool.shutdownNow();
        }
        Checkpoint once = checkpoints.seal().checkpoint();
        assertThat(checkpoints.seal().checkpoint()).as("the head has not moved").isEqualTo(once);
        fileACase();
        SignIn.as(users, "auditor1");
        assertThat(checkpoints.seal().checkpoint().sequence()).as("it has moved").isGreaterThan(once.sequence());
    }

    private void fileACase() {
        Cases.in(context).filed("exporter1", "AE");
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
