package com.tierline.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Where checkpoints are kept: the {@code audit_checkpoint} table, and an append-only file beside the signing key
 * ({@value #FILE}), so that a database administrator who deletes checkpoint rows does not delete the evidence.
 * Plain JDBC: checkpoints are values, and reading them must not fill a persistence context during an export.
 */
@Component
class CheckpointStore {

    static final String FILE = "audit-checkpoints.log";
    private static final Logger log = LoggerFactory.getLogger(CheckpointStore.class);
    private static final RowMapper<Checkpoint> ROW = (rs, n) -> new Checkpoint(rs.getLong("sequence"),
            rs.getString("chain_hash"), rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
            rs.getString("key_id"), rs.getString("signature"));

    private final JdbcTemplate jdbc;
    private final Path file;

    CheckpointStore(JdbcTemplate jdbc, SigningKeys keys) {
        this.jdbc = jdbc;
        this.file = keys.directory().resolve(FILE);
    }

    /** Every checkpoint in the table or the file (the same one once), in sequence order. */
    List<Checkpoint> all() {
        Map<String, Checkpoint> all = new LinkedHashMap<>();
        for (Checkpoint c : jdbc.query("select * from audit_checkpoint order by sequence, key_id", ROW)) {
            all.put(c.line(), c);
        }
        for (Checkpoint c : fromFile()) {
            all.putIfAbsent(c.line(), c);
        }
        return all.values().stream().sorted(Comparator.comparingLong(Checkpoint::sequence)).toList();
    }

    /**
     * Locks the chain's head row (serialising signers across nodes, as appends are), then returns this key's latest
     * checkpoint. Must run in a transaction, which the caller keeps short.
     */
    Optional<Checkpoint> lockHeadAndFindLatest(String keyId) {
        jdbc.queryForObject("select last_sequence from audit_chain_head where id = 1 for update", Long.class);
        return jdbc.query("select * from audit_checkpoint where key_id = ? order by sequence desc fetch first 1 rows only",
                ROW, keyId).stream().findFirst();
    }

    void insert(Checkpoint c) {
        jdbc.update("insert into audit_checkpoint (sequence, key_id, chain_hash, signed_at, signature) "
                + "values (?, ?, ?, ?, ?)", c.sequence(), c.keyId(), c.chainHash(), OffsetDateTime.ofInstant(c.signedAt(), ZoneOffset.UTC),
                c.signature());
    }

    /** Appends and syncs one line; the file is only ever appended to. */
    synchronized void appendToFile(Checkpoint c) {
        try {
            Files.writeString(file, c.line() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint file " + file + " cannot be written", e);
        }
    }

    private synchronized List<Checkpoint> fromFile() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank()).flatMap(l -> {
                try {
                    return Stream.of(Checkpoint.parse(l));
                } catch (RuntimeException e) {
                    log.warn("Line of {} is not a checkpoint and was not used: {}", file, l);
                    return Stream.empty();
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint file " + file + " cannot be read", e);
        }
    }
}
