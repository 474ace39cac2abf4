package com.tierline.audit.service;

import com.tierline.shared.Formats;
import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Recomputes every link of the chain and holds it against the signed checkpoints and the chain's head row. The
 * chain alone cannot show a shortened or consistently re-hashed log (it has no key); a checkpoint signed before
 * the change can: its sequence must still exist and still have its hash. Rows are read as values, streamed.
 */
@Component
class ChainVerifier {

    private static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final CheckpointStore store;
    private final SigningKeys keys;

    ChainVerifier(JdbcTemplate jdbc, CheckpointStore store, SigningKeys keys) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
    }

    /** In English and UTC, for the API, exports and logs. */
    ChainVerification verify() {
        return verify(Locale.ENGLISH);
    }

    /**
     * Call inside a (read-only) transaction, so that PostgreSQL streams the rows instead of loading them all. The
     * finding writes its times as every screen does ({@link Formats#preciseDateTime}), in the reader's locale.
     */
    ChainVerification verify(Locale locale) {
        // Head and checkpoints first: whatever commits while the chain streams can only make the chain longer.
        Map<String, Object> head = jdbc.queryForMap("select last_sequence, last_hash from audit_chain_head where id = 1");
        long headSequence = ((Number) head.get("last_sequence")).longValue();
        String headHash = (String) head.get("last_hash");
        TreeMap<Long, List<Checkpoint>> vouched = new TreeMap<>();
        Checkpoint latest = null;
        int unknownKeys = 0;
        for (Checkpoint c : store.all()) {
            PublicKey key = keys.publicKey(c.keyId());
            if (key == null) {
                unknownKeys++;
            } else if (!c.verifiesWith(key)) {
                return new ChainVerification(false, 0, c.sequence(), null, 0, latest, unknownKeys, "The checkpoint for event "
                        + c.sequence() + " names key " + c.keyId() + " but its signature does not verify with it: "
                        + "it was not signed by this application, so the log was tampered with.");
            } else {
                vouched.computeIfAbsent(c.sequence(), s -> new ArrayList<>()).add(c);
                latest = latest == null || c.sequence() >= latest.sequence() ? c : latest;
            }
        }
        Checkpoint latestTrusted = latest;
        int unknown = unknownKeys;
        return jdbc.query(this::allEvents, (ResultSetExtractor<ChainVerification>) rs -> walk(rs, headSequence,
                headHash, vouched, latestTrusted, unknown, locale));
    }

    private PreparedStatement allEvents(java.sql.Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("select sequence, occurred_at, actor, action, "
                + "case_reference, payload, previous_hash, hash from audit_event order by sequence");
        statement.setFetchSize(1_000);
        return statement;
    }

    private ChainVerification walk(ResultSet rs, long headSequence, String headHash,
            TreeMap<Long, List<Checkpoint>> vouched, Checkpoint latest, int unknownKeys, Locale locale)
            throws SQLException {
        long count = 0;
        long lastAgreeing = 0;
        int agreeing = 0;
        String expectedPrevious = GENESIS;
        while (rs.next()) {
            count++;
            long sequence = rs.getLong(1);
            Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
            String previous = rs.getString(7);
            String hash = rs.getString(8);
            String recomputed = AuditTrail.hash(previous, sequence, at, rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6));
            if (sequence != count) {
                return broken(count, count - 1, latest, "Event " + count + " is missing: the log goes on with event "
                        + sequence + ".");
            }
            if (!previous.equals(expectedPrevious) || !recomputed.equals(hash)) {
                return broken(sequence, count, latest, "Event " + sequence + " does not match its recorded hash "
                        + "or does not link to the event before it: it was changed.");
            }
            for (Checkpoint c : vouched.getOrDefault(sequence, List.of())) {
                if (!c.chainHash().equals(hash)) {
                    return broken(lastAgreeing + 1, count, latest, "Event " + sequence + " no longer has the hash "
                            + "signed for it on " + Formats.preciseDateTime(c.signedAt(), locale) + ": an event from "
                            + (lastAgreeing + 1) + " to " + sequence + " was rewritten and the hashes after it "
                            + "recomputed.");
                }
                agreeing++;
                lastAgreeing = sequence;
            }
            if (sequence == headSequence && !hash.equals(headHash)) {
                return broken(lastAgreeing + 1, count, latest, "Event " + sequence + " does not have the hash the "
                        + "chain's head records for it: an event from " + (lastAgreeing + 1) + " to " + sequence
                        + " was rewritten.");
            }
            expectedPrevious = hash;
        }
        if (!vouched.isEmpty() && vouched.lastKey() > count) {
            Checkpoint c = vouched.lastEntry().getValue().get(0);
            return broken(count + 1, count, latest, "The log ends at event " + count + ", but a checkpoint signed on "
                    + Formats.preciseDateTime(c.signedAt(), locale) + " vouches for event " + c.sequence() + ": events "
                    + (count + 1) + " to " + c.sequence() + " were deleted.");
        }
        if (headSequence > count) {
            return broken(count + 1, count, latest, "The log ends at event " + count + ", but the chain's head "
                    + "records event " + headSequence + ": events " + (count + 1) + " to " + headSequence
                    + " were deleted.");
        }
        return new ChainVerification(true, count, null, count == 0 ? GENESIS : expectedPrevious, agreeing, latest,
                unknownKeys, intact(count, agreeing, latest, unknownKeys, locale));
    }

    /** The same intact chain, now also vouched for by {@code signed}, a checkpoint just made for its last event. */
    static ChainVerification alsoSignedBy(ChainVerification chain, Checkpoint signed) {
        if (!chain.valid() || signed.sequence() != chain.events() || signed.equals(chain.latestCheckpoint())) {
            return chain;
        }
        int agreeing = chain.checkpointsAgreeing() + 1;
        return new ChainVerification(true, chain.events(), null, chain.lastHash(), agreeing, signed,
                chain.checkpointsUntrusted(), intact(chain.events(), agreeing, signed, chain.checkpointsUntrusted(),
                Locale.ENGLISH));
    }

    private static String intact(long count, int agreeing, Checkpoint latest, int unknownKeys, Locale locale) {
        StringBuilder words = new StringBuilder(Formats.count(count, locale)
                + (count == 1 ? " event" : " events")
                + ", every link recomputed; ");
        if (latest == null) {
            words.append("no signed checkpoint yet.");
        } else {
            String latestWords = "for event " + latest.sequence() + ", signed on "
                    + Formats.preciseDateTime(latest.signedAt(), locale)
                    + " with key " + latest.keyId();
            words.append(agreeing == 1 ? "the signed checkpoint " + latestWords + ", agrees."
                    : "all " + agreeing + " signed checkpoints agree; the latest is " + latestWords + ".");
            if (count > latest.sequence()) {
                long after = count - latest.sequence();
                words.append(' ').append(after).append(after == 1 ? " event after it is" : " events after it are")
                        .append(" not signed yet.");
            }
        }
        if (unknownKeys > 0) {
            words.append(' ').append(unknownKeys).append(unknownKeys == 1 ? " checkpoint" : " checkpoints")
                    .append(" signed with a key this node does not trust could not be used.");
        }
        return words.toString();
    }

    private static ChainVerification broken(long first, long events, Checkpoint latest, String detail) {
        return new ChainVerification(false, events, first, null, 0, latest, 0, detail);
    }
}
