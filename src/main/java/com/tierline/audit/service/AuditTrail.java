package com.tierline.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tierline.audit.domain.AuditChainHead;
import com.tierline.audit.domain.AuditChainHeadRepository;
import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.domain.AuditEventRepository;
import com.tierline.identity.domain.Role;
import com.tierline.shared.AuditableAction;
import jakarta.persistence.EntityManager;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tamper-evident audit log. Every {@link AuditableAction} becomes the next link of a SHA-256 chain in the
 * publisher's transaction (MANDATORY: an audit record never commits without its change, nor the change without it).
 */
@Service
public class AuditTrail {

    /** Canonical JSON: sorted keys, no whitespace, so the same payload always hashes the same. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .build();

    private final AuditEventRepository events;
    private final AuditChainHeadRepository head;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ChainVerifier verifier;

    AuditTrail(AuditEventRepository events, AuditChainHeadRepository head, EntityManager entityManager, Clock clock,
            ChainVerifier verifier) {
        this.events = events;
        this.head = head;
        this.entityManager = entityManager;
        this.clock = clock;
        this.verifier = verifier;
    }

    /**
     * Queues the action and appends the transaction's actions, in order, just before it commits: the chain's head
     * is locked only for that moment instead of for the whole business transaction, which would put every
     * writing transaction of the application in single file. Still the same transaction: both commit or neither.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AuditableAction action) {
        @SuppressWarnings("unchecked")
        List<AuditableAction> pending = (List<AuditableAction>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<AuditableAction> queue = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, queue);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!readOnly) {
                        // The transaction's own changes go to the database first, so that the chain's head is
                        // held only for the audit rows and the commit, not for writing the whole change as well.
                        entityManager.flush();
                    }
                    // Actions published while appending (none today) would join the same queue.
                    for (int i = 0; i < queue.size(); i++) {
                        append(queue.get(i));
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            pending = queue;
        }
        pending.add(action);
    }

    /** Appends outside a business transaction, e.g. for logins. */
    @Transactional
    public AuditEvent record(AuditableAction action) {
        return append(action);
    }

    private AuditEvent append(AuditableAction action) {
        AuditChainHead last = head.lockHead();
        long sequence = last.getLastSequence() + 1;
        // Microseconds survive a round trip through both H2 and PostgreSQL, so hashes recompute exactly.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = canonical(action.payload());
        String actor = action.actor().length() > 64 ? action.actor().substring(0, 64) : action.actor();
        String hash = hash(last.getLastHash(), sequence, at, actor, action.action(), action.caseReference(), payload);
        // persist, not save: the sequence is assigned, so save() would merge, and first look for the row.
        AuditEvent event = new AuditEvent(sequence, at, actor, action.action(), action.caseReference(), payload,
                last.getLastHash(), hash);
        entityManager.persist(event);
        last.advance(sequence, hash);
        return event;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_, Role.REVIEWER_})
    @Transactional(readOnly = true)
    public List<AuditEvent> caseHistory(String reference) {
        return events.findByCaseReferenceOrderBySequence(reference);
    }

    /**
     * Recomputes every link and holds the chain against the signed checkpoints; names the first sequence that
     * cannot be vouched for.
     */
    @RolesAllowed(Role.AUDITOR_)
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify();
    }

    /** The same check, its finding's times written for a reader in {@code locale} (and in their time zone). */
    @RolesAllowed(Role.AUDITOR_)
    @Transactional(readOnly = true)
    public ChainVerification verify(Locale locale) {
        return verifier.verify(locale);
    }

    static String hash(String previousHash, long sequence, Instant at, String actor, String action, String reference,
            String payload) {
        String canonicalEvent = String.join("\n", previousHash, Long.toString(sequence), at.toString(), actor, action,
                reference == null ? "" : reference, payload);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalEvent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String canonical(Object payload) {
        try {
            return CANONICAL.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit payload is not serialisable", e);
        }
    }
}
