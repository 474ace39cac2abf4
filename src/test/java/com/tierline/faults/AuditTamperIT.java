package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.TierlineApplication;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.ChainVerification;
import com.tierline.audit.service.Checkpoint;
import com.tierline.audit.service.Checkpoints;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A rogue database administrator against the audit log: with the append-only triggers dropped (or, for TRUNCATE on
 * H2, never there), the chain is cut, shortened or rewritten with every hash recomputed, the checkpoint rows and the
 * head row "fixed" too. The signed checkpoints (and their copy outside the database) still name the first event
 * that can no longer be vouched for. Its own database, since the tampering is real; each test restores the log.
 */
@TierlineIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-tamper;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class AuditTamperIT {

    /** The key checkpoints were signed with before a rotation: the application only keeps its public half. */
    static final KeyPair RETIRED = ed25519();

    @Autowired ApplicationContext context;
    @Autowired AuditTrail audit;
    @Autowired Checkpoints checkpoints;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void retiredKeyIsStillTrusted(DynamicPropertyRegistry registry) {
        registry.add("tierline.audit.trusted-public-keys",
                () -> Base64.getEncoder().encodeToString(RETIRED.getPublic().getEncoded()));
    }

    Checkpoint first;
    Checkpoint last;

    /** Two cases, each followed by an export's checkpoint. */
    @BeforeEach
    void anIntactSignedLog() {
        fileACase();
        first = checkpoints.seal().checkpoint();
        fileACase();
        last = checkpoints.seal().checkpoint();
        assertThat(last.sequence()).isGreaterThan(first.sequence());
        assertThat(audit.verify().valid()).isTrue();
        jdbc.execute("create table audit_event_kept as select * from audit_event");
        jdbc.execute("create table audit_checkpoint_kept as select * from audit_checkpoint");
        jdbc.execute("create table audit_chain_head_kept as select * from audit_chain_head");
    }

    @AfterEach
    void restoreTheLog() {
        SignIn.out();
        withoutTriggers(() -> {
            jdbc.execute("delete from audit_event");
            jdbc.execute("insert into audit_event select * from audit_event_kept");
        });
        jdbc.execute("delete from audit_checkpoint");
        jdbc.execute("insert into audit_checkpoint select * from audit_checkpoint_kept");
        jdbc.execute("update audit_chain_head set last_sequence = (select last_sequence from audit_chain_head_kept), "
                + "last_hash = (select last_hash from audit_chain_head_kept)");
        jdbc.execute("drop table audit_event_kept");
        jdbc.execute("drop table audit_checkpoint_kept");
        jdbc.execute("drop table audit_chain_head_kept");
    }

    @Test
    void aTruncatedLogIsBrokenFromEventOneEvenWithTheCheckpointRowsAndTheHeadRowClearedToo() {
        long events = last.sequence();
        // H2 has no TRUNCATE trigger: the statement goes through with the append-only triggers in place.
        jdbc.execute("truncate table audit_event");
        jdbc.update("delete from audit_checkpoint");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?", "0".repeat(64));

        ChainVerification after = audit.verify();

        assertThat(after.valid()).isFalse();
        assertThat(after.events()).isZero();
        assertThat(after.firstBrokenSequence()).isEqualTo(1);
        assertThat(after.detail()).startsWith("The log ends at event 0, but a checkpoint signed on ")
                .endsWith(": events 1 to " + events + " were deleted.");
    }

    @Test
    void aDeletedTailIsBrokenAtItsFirstMissingEvent() {
        long events = last.sequence();
        withoutTriggers(() -> jdbc.update("delete from audit_event where sequence > ?", events - 3));
        String newLast = jdbc.queryForObject("select hash from audit_event where sequence = ?", String.class,
                events - 3);
        jdbc.update("update audit_chain_head set last_sequence = ?, last_hash = ?", events - 3, newLast);
        jdbc.update("delete from audit_checkpoint");

        ChainVerification after = audit.verify();

        assertThat(after.valid()).isFalse();
        assertThat(after.events()).isEqualTo(events - 3);
        assertThat(after.firstBrokenSequence()).isEqualTo(events - 2);
        assertThat(checkpoints.seal().checkpoint()).as("a broken chain is never signed").isNull();
    }

    @Test
    void aRewrittenEventWithEveryLaterHashRecomputedIsBrokenFromThatEvent() {
        long rewritten = first.sequence() + 1;
        withoutTriggers(() -> rehashFrom(rewritten, "exporter3"));
        jdbc.update("delete from audit_checkpoint");
        assertThat(jdbc.queryForObject("select actor from audit_event where sequence = ?", String.class, rewritten))
                .isEqualTo("exporter3");

        ChainVerification after = audit.verify();

        assertThat(after.valid()).isFalse();
        assertThat(after.firstBrokenSequence()).as("the checkpoint before it still agrees").isEqualTo(rewritten);
        assertThat(after.detail()).contains("Event " + last.sequence() + " no longer has the hash signed for it")
                .contains("an event from " + rewritten + " to " + last.sequence() + " was rewritten");
    }

    @Test
    void aCheckpointTheApplicationDidNotSignIsNamed() {
        Checkpoint real = checkpoints.seal().checkpoint();
        jdbc.update("insert into audit_checkpoint (sequence, key_id, chain_hash, signed_at, signature) "
                + "values (?, ?, ?, ?, ?)", real.sequence() + 1, real.keyId(), "f".repeat(64),
                OffsetDateTime.now(ZoneOffset.UTC), real.signature());

        ChainVerification after = audit.verify();

        assertThat(after.valid()).isFalse();
        assertThat(after.detail()).contains("signature does not verify");
    }

    @Test
    void checkpointsSignedWithARetiredKeyStillVerify() throws Exception {
        String retiredId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(RETIRED.getPublic().getEncoded()), 0, 8);
        assertThat(checkpoints.published().publicKeys()).containsKey(retiredId);
        signWithTheRetiredKey(last.sequence(), last.chainHash(), retiredId);

        ChainVerification intact = audit.verify();
        assertThat(intact.valid()).as(intact.detail()).isTrue();
        assertThat(intact.checkpointsAgreeing()).isGreaterThanOrEqualTo(3);
        assertThat(checkpoints.published().checkpoints()).extracting(Checkpoint::keyId).contains(retiredId);

        // The retired key's word is still checked: what it signed for an event must be that event's hash.
        signWithTheRetiredKey(first.sequence(), "a".repeat(64), retiredId);
        ChainVerification contradicted = audit.verify();
        assertThat(contradicted.valid()).isFalse();
        assertThat(contradicted.detail()).contains("Event " + first.sequence() + " no longer has the hash signed");
    }

    @Test
    void withoutItsAppendOnlyTriggersTheApplicationRefusesToStart(CapturedOutput output) {
        // Migrations without the vendor folder: the schema, but not V7's triggers, as after a DBA dropped them.
        SpringApplicationBuilder unguarded = new SpringApplicationBuilder(TierlineApplication.class).profiles("demo");

        assertThatThrownBy(() -> unguarded.run("--spring.datasource.url=jdbc:h2:mem:unguarded-" + UUID.randomUUID(),
                "--spring.flyway.locations=classpath:db/migration", "--server.port=0",
                "--flowable.async-executor-activate=false", "--vaadin.devmode.devTools.enabled=false").close())
                .hasStackTraceContaining("Refusing to start: the audit log is not append-only");
        assertThat(output.getOut().lines().filter(l -> l.contains("ERROR") && l.contains("Refusing to start")))
                .singleElement().asString().contains("no trigger refuses [UPDATE, DELETE] on audit_event");
    }

    private void signWithTheRetiredKey(long sequence, String hash, String retiredId) throws Exception {
        Instant signedAt = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        String text = String.join("\n", "tierline-audit-checkpoint/v1", Long.toString(sequence), hash,
                signedAt.toString(), retiredId);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(RETIRED.getPrivate());
        ed25519.update(text.getBytes(StandardCharsets.UTF_8));
        jdbc.update("insert into audit_checkpoint (sequence, key_id, chain_hash, signed_at, signature) "
                + "values (?, ?, ?, ?, ?)", sequence, retiredId, hash, OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC),
                Base64.getEncoder().encodeToString(ed25519.sign()));
    }

    private void fileACase() {
        Cases.in(context).filed("exporter1", "AE");
        SignIn.as(users, "auditor1");
    }

    /** What a DBA who knows the hash format does: change one event, then recompute it and every later link. */
    private void rehashFrom(long first, String actor) {
        jdbc.update("update audit_event set actor = ? where sequence = ?", actor, first);
        String previous = jdbc.queryForObject("select previous_hash from audit_event where sequence = ?",
                String.class, first);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_event where sequence >= ? "
                + "order by sequence", first);
        for (Map<String, Object> row : rows) {
            long sequence = ((Number) row.get("SEQUENCE")).longValue();
            Instant at = ((OffsetDateTime) row.get("OCCURRED_AT")).toInstant();
            String hash = sha256(String.join("\n", previous, Long.toString(sequence), at.toString(),
                    (String) row.get("ACTOR"), (String) row.get("ACTION"),
                    row.get("CASE_REFERENCE") == null ? "" : (String) row.get("CASE_REFERENCE"),
                    (String) row.get("PAYLOAD")));
            jdbc.update("update audit_event set previous_hash = ?, hash = ? where sequence = ?", previous, hash,
                    sequence);
            previous = hash;
        }
        jdbc.update("update audit_chain_head set last_hash = ?", previous);
    }

    private void withoutTriggers(Runnable change) {
        jdbc.execute("drop trigger if exists audit_event_no_update");
        jdbc.execute("drop trigger if exists audit_event_no_delete");
        try {
            change.run();
        } finally {
            jdbc.execute("create trigger audit_event_no_update before update on audit_event for each row "
                    + "call 'com.tierline.audit.domain.AppendOnlyTrigger'");
            jdbc.execute("create trigger audit_event_no_delete before delete on audit_event for each row "
                    + "call 'com.tierline.audit.domain.AppendOnlyTrigger'");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
