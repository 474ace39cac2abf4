package com.tierline.audit.service;

import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the audit chain: on a schedule and at every export. Only a chain that verifies is signed,
 * and at the event the verification reached, so a checkpoint never vouches for a tampered or unchecked state.
 * Signing is its own short transaction that locks the chain's head row: two nodes never sign the same head twice.
 */
@Service
@EnableScheduling
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final ChainVerifier verifier;
    private final CheckpointStore store;
    private final SigningKeys keys;
    private final Clock clock;
    private final TransactionTemplate signing;
    private final TransactionTemplate reading;

    Checkpoints(ChainVerifier verifier, CheckpointStore store, SigningKeys keys, Clock clock,
            PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.signing = new TransactionTemplate(transactions);
        signing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** What an export carries: the chain's verification, the checkpoint signed for it (if intact), the public keys. */
    public record Seal(ChainVerification chain, Checkpoint checkpoint, Map<String, String> publicKeys) {

        /** The lines an export prints: the finding, the checkpoint, the keys and how to check them. */
        public List<String> lines() {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("Audit chain at export: " + (chain.valid() ? "intact. " : "BROKEN. ") + chain.detail());
            lines.add(checkpoint == null ? "No checkpoint was signed for this export, because the chain does not verify."
                    : "Signed checkpoint (sequence, hash, signed at, key id, signature): " + checkpoint.line());
            publicKeys.forEach((id, key) -> lines.add("Public key " + id + " (Ed25519, X.509, Base64): " + key));
            lines.add("To check: the signature (Base64) is Ed25519 over the UTF-8 text of five lines joined by a line "
                    + "feed: \"" + Checkpoint.FORMAT + "\", the sequence, the hash, the time signed, the key id.");
            return lines;
        }
    }

    /** Every checkpoint kept and the public keys to check them with, after signing the current chain. */
    public record Published(String format, Map<String, String> publicKeys, List<Checkpoint> checkpoints,
            ChainVerification verification) {
    }

    /** Verifies the chain and signs a checkpoint for it; for exports, which are audited by their caller. */
    @RolesAllowed(Role.AUDITOR_)
    public Seal seal() {
        ChainVerification chain = reading.execute(s -> verifier.verify());
        Checkpoint signed = sign(chain).orElse(null);
        return new Seal(signed == null ? chain : ChainVerifier.alsoSignedBy(chain, signed), signed, keys.publicKeys());
    }

    @RolesAllowed(Role.AUDITOR_)
    public Published published() {
        Seal seal = seal();
        return new Published(Checkpoint.FORMAT, seal.publicKeys(), reading.execute(s -> store.all()), seal.chain());
    }

    /** On a schedule, so that a log nobody exports is still vouched for; skipped while the head has not moved. */
    @Scheduled(initialDelayString = "${tierline.audit.checkpoint-interval}",
            fixedDelayString = "${tierline.audit.checkpoint-interval}")
    void signPeriodically() {
        sign(reading.execute(s -> verifier.verify()));
    }

    Optional<Checkpoint> sign(ChainVerification chain) {
        if (!chain.valid()) {
            log.error("No audit checkpoint signed: the audit chain does not verify. {}", chain.detail());
            return Optional.empty();
        }
        if (chain.events() == 0) {
            return Optional.empty();
        }
        boolean[] fresh = {false};
        Checkpoint checkpoint = signing.execute(s -> {
            Optional<Checkpoint> latest = store.lockHeadAndFindLatest(keys.keyId());
            if (latest.isPresent() && latest.get().sequence() >= chain.events()) {
                return latest.get();
            }
            Checkpoint made = keys.sign(chain.events(), chain.lastHash(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            store.insert(made);
            fresh[0] = true;
            return made;
        });
        if (fresh[0]) {
            // After the commit: a line in the file is then always a checkpoint the database also received.
            store.appendToFile(checkpoint);
        }
        return Optional.of(checkpoint);
    }
}
