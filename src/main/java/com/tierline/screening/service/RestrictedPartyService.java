package com.tierline.screening.service;

import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The restricted-party list: the Consolidated Screening List CSV (trade.gov) — a demo extract shipped, replaceable
 * as a whole by an administrator with the list as published. The indexed list is cached and rebuilt only when the
 * stored version changes.
 */
@Service
public class RestrictedPartyService {

    static final String SHIPPED = "rulesets/restricted-parties.csv";
    /** How a stored list says it is the shipped extract; the digest that follows says which edition of it. */
    private static final String SHIPPED_LABEL = "shipped demo list ";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<RestrictedPartyList> cached = new AtomicReference<>(RestrictedPartyList.empty());

    RestrictedPartyService(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Loads the shipped demo list when no list is stored, or when the stored one is an earlier edition of the
     * shipped extract (an administrator's upload is never replaced).
     */
    @Transactional
    public void loadShippedListIfEmpty() {
        byte[] shipped;
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            shipped = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SHIPPED, e);
        }
        String label = SHIPPED_LABEL + HexFormat.of().formatHex(sha256(shipped), 0, 4);
        String stored = jdbc.query("select version from restricted_party_list where id = 1",
                rs -> rs.next() ? rs.getString(1) : null);
        boolean outdatedShipped = stored != null && stored.contains(SHIPPED_LABEL.trim()) && !stored.endsWith(label);
        if (stored == null || outdatedShipped) {
            store(parse(new ByteArrayInputStream(shipped)), label, "system");
        }
        current();
    }

    public RestrictedPartyList current() {
        String version = jdbc.query("select version from restricted_party_list where id = 1",
                rs -> rs.next() ? rs.getString(1) : "none");
        RestrictedPartyList list = cached.get();
        if (!list.version().equals(version)) {
            list = new RestrictedPartyList(version, entries());
            cached.set(list);
        }
        return list;
    }

    /** Which list is in force: where it came from, when and by whom it was loaded, how many entries it has. */
    public record Edition(String source, java.time.Instant loadedAt, String loadedBy, int entries) {

        /** The shipped extract's source reads "shipped demo list <digest>"; an upload's is its file name. */
        public boolean shipped() {
            return source.startsWith(SHIPPED_LABEL);
        }

        public String shippedDigest() {
            return shipped() ? source.substring(SHIPPED_LABEL.length()) : null;
        }
    }

    public java.util.Optional<Edition> edition() {
        return jdbc.query("select version, loaded_at, loaded_by, entry_count from restricted_party_list where id = 1",
                rs -> rs.next() ? java.util.Optional.of(new Edition(afterTime(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4))) : java.util.Optional.empty());
    }

    /** A stored version is "<load time> <source>"; the time is kept in its own column too. */
    private static String afterTime(String version) {
        int space = version.indexOf(' ');
        return space < 0 ? version : version.substring(space + 1);
    }

    public List<RestrictedParty> entries() {
        return jdbc.query("select name, alt_names, country, source, entry_id, entry_type, programs, addresses "
                + "from restricted_party order by name, id", (rs, i) -> new RestrictedParty(rs.getString(1),
                        splitAltNames(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    /** Replaces the whole list with an uploaded CSV; a malformed file changes nothing and names its bad lines. */
    @RolesAllowed("ADMIN")
    @Transactional
    public int replace(InputStream csv, String fileName) {
        List<RestrictedParty> parties = parse(csv);
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        String version = store(parties, fileName, by);
        // Indexed here, in the administrator's upload, so that no screening waits for the whole list to be read.
        cached.set(new RestrictedPartyList(version, entries()));
        events.publishEvent(new AuditableAction(by, "restricted-parties.replaced", null,
                Map.of("file", fileName, "entries", parties.size(), "version", version)));
        return parties.size();
    }

    private String store(List<RestrictedParty> parties, String label, String by) {
        String version = clock.instant().toString() + " " + label;
        version = version.length() > 64 ? version.substring(0, 64) : version;
        jdbc.update("delete from restricted_party");
        jdbc.batchUpdate("insert into restricted_party (name, alt_names, country, source, entry_id, entry_type, "
                + "programs, addresses) values (?, ?, ?, ?, ?, ?, ?, ?)", parties, 500, (ps, p) -> {
                    ps.setString(1, p.name());
                    ps.setString(2, p.altNames().isEmpty() ? null : String.join(";", p.altNames()));
                    ps.setString(3, p.country());
                    ps.setString(4, p.source());
                    ps.setString(5, p.entryId());
                    ps.setString(6, p.type());
                    ps.setString(7, p.programs());
                    ps.setString(8, p.addresses());
                });
        jdbc.update("delete from restricted_party_list");
        jdbc.update("insert into restricted_party_list (id, version, loaded_at, loaded_by, entry_count) "
                + "values (1, ?, ?, ?, ?)", version, Timestamp.from(clock.instant()), by, parties.size());
        return version;
    }

    static List<RestrictedParty> parse(InputStream csv) {
        return ConsolidatedListCsv.parse(csv);
    }

    private static List<String> splitAltNames(String joined) {
        return joined == null ? List.of() : List.of(joined.split(";"));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
