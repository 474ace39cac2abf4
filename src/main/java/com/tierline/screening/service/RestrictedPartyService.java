package com.tierline.screening.service;

import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
 * The restricted-party list: a CSV ({@code name,country,source}) shipped as demo data and replaceable as a whole by
 * an administrator. The normalised list is cached and rebuilt only when the stored version changes.
 */
@Service
public class RestrictedPartyService {

    static final String SHIPPED = "rulesets/restricted-parties.csv";
    static final int MAX_ENTRIES = 100_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<RestrictedPartyList> cached = new AtomicReference<>(RestrictedPartyList.empty());

    RestrictedPartyService(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Loads the shipped demo list when no list has been stored yet. */
    @Transactional
    public void loadShippedListIfEmpty() {
        Integer lists = jdbc.queryForObject("select count(*) from restricted_party_list", Integer.class);
        if (lists != null && lists == 0) {
            try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
                store(parse(in), "shipped demo list", "system");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + SHIPPED, e);
            }
        }
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

    public List<RestrictedParty> entries() {
        return jdbc.query("select name, country, source from restricted_party order by name",
                (rs, i) -> new RestrictedParty(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** Replaces the whole list with an uploaded CSV; a malformed file changes nothing and names its bad lines. */
    @RolesAllowed("ADMIN")
    @Transactional
    public int replace(InputStream csv, String fileName) {
        List<RestrictedParty> parties = parse(csv);
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        String version = store(parties, fileName, by);
        events.publishEvent(new AuditableAction(by, "restricted-parties.replaced", null,
                Map.of("file", fileName, "entries", parties.size(), "version", version)));
        return parties.size();
    }

    private String store(List<RestrictedParty> parties, String label, String by) {
        String version = clock.instant().toString() + " " + label;
        jdbc.update("delete from restricted_party");
        jdbc.batchUpdate("insert into restricted_party (name, country, source) values (?, ?, ?)", parties, 500,
                (ps, p) -> {
                    ps.setString(1, p.name());
                    ps.setString(2, p.country());
                    ps.setString(3, p.source());
                });
        jdbc.update("delete from restricted_party_list");
        jdbc.update("insert into restricted_party_list (id, version, loaded_at, loaded_by, entry_count) "
                + "values (1, ?, ?, ?, ?)", version.length() > 64 ? version.substring(0, 64) : version,
                Timestamp.from(clock.instant()), by, parties.size());
        return version;
    }

    static List<RestrictedParty> parse(InputStream csv) {
        List<RestrictedParty> parties = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equalsIgnoreCase("name,country,source")) {
                throw new RestrictedListRejectedException(List.of("The first line must be the header name,country,source"));
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvLine.split(line);
                if (cells.size() != 3 || cells.get(0).isBlank() || cells.get(0).length() > 300) {
                    problems.add("Line " + number + ": expected a name (up to 300 characters), a country and a source");
                } else if (!cells.get(1).isBlank() && !cells.get(1).trim().matches("[A-Z]{2}")) {
                    problems.add("Line " + number + ": country must be a two-letter ISO code or empty");
                } else {
                    parties.add(new RestrictedParty(cells.get(0).trim(),
                            cells.get(1).isBlank() ? null : cells.get(1).trim(),
                            cells.get(2).isBlank() ? "uploaded list" : cells.get(2).trim()));
                }
                if (problems.size() >= 20 || parties.size() > MAX_ENTRIES) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new RestrictedListRejectedException(List.of("The file could not be read: " + e.getMessage()));
        }
        if (parties.size() > MAX_ENTRIES) {
            problems.add("The list has more than " + MAX_ENTRIES + " entries");
        }
        if (!problems.isEmpty()) {
            throw new RestrictedListRejectedException(problems);
        }
        if (parties.isEmpty()) {
            throw new RestrictedListRejectedException(List.of("The file has no entries"));
        }
        return parties;
    }
}
