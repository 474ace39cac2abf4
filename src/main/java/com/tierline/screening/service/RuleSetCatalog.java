package com.tierline.screening.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of rule-set versions. Shipped versions are loaded into the database at start-up; the version in
 * force is the published one with the latest effective date not after today. Parsed rule sets are cached by
 * version (they never change once stored), so looking up the one in force costs one small query.
 */
@Service
public class RuleSetCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, RuleSet> parsed = new ConcurrentHashMap<>();

    RuleSetCatalog(JdbcTemplate jdbc, ObjectMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores every shipped version that the database does not hold yet, as published; versions already stored are
     * never touched (a correction ships as a new revision). Returns the versions stored by this call.
     */
    @Transactional
    public List<String> loadShippedVersions() {
        List<String> stored = new java.util.ArrayList<>();
        for (String version : RuleSetFiles.shippedVersions()) {
            if (find(version).isEmpty()) {
                RuleSetFiles.Loaded loaded = RuleSetFiles.load(version);
                try {
                    insert(loaded.ruleSet(), RuleSetVersion.Status.PUBLISHED, loaded.description(), "system");
                    stored.add(version);
                } catch (DuplicateKeyException anotherNodeWasFaster) {
                    // a second node started at the same time and stored it first: same content, nothing to do
                }
            }
        }
        return stored;
    }

    /** The rule set in force today. */
    public RuleSet current() {
        return inForceOn(LocalDate.now(clock));
    }

    public RuleSet inForceOn(LocalDate date) {
        return findInForceOn(date).orElseThrow(() -> new IllegalStateException("No rule set is in force on " + date));
    }

    /**
     * The published version in force on a date: the latest effective date not after it; among versions with the
     * same date (revisions of one rule set) the one published last, then the highest name ("2025-01-15r2").
     */
    public Optional<RuleSet> findInForceOn(LocalDate date) {
        List<String> versions = jdbc.queryForList("select version from rule_set_version where status = 'PUBLISHED' "
                + "and effective_from <= ? order by effective_from desc, published_at desc, version desc", String.class,
                date);
        return versions.isEmpty() ? Optional.empty() : Optional.of(byVersion(versions.get(0)));
    }

    /** A published version by name, for callers that ask to be screened under it; empty for drafts and unknowns. */
    public Optional<RuleSet> published(String version) {
        return find(version).filter(v -> v.status() == RuleSetVersion.Status.PUBLISHED)
                .map(v -> byVersion(v.version()));
    }

    public RuleSet byVersion(String version) {
        return parsed.computeIfAbsent(version, v -> jdbc.query("select content_json from rule_set_version where "
                + "version = ?", rs -> rs.next() ? parse(rs.getString(1)) : null, v));
    }

    public Optional<RuleSetVersion> find(String version) {
        return versions().stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public List<RuleSetVersion> versions() {
        return jdbc.query("select version, effective_from, status, description, created_at, created_by, published_at, "
                + "published_by, rescreened_at from rule_set_version order by effective_from desc, version desc",
                (rs, i) -> new RuleSetVersion(rs.getString(1), rs.getObject(2, LocalDate.class),
                        RuleSetVersion.Status.valueOf(rs.getString(3)), rs.getString(4), instant(rs.getTimestamp(5)),
                        rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9))));
    }

    /** A draft copy of a version with some destinations moved; nothing screens against it until it is published. */
    @RolesAllowed({"ADMIN", "SENIOR_REVIEWER"})
    @Transactional
    public RuleSet createDraft(String baseVersion, String newVersion, LocalDate effectiveFrom,
            Map<String, Integer> tierChanges, String description) {
        return createDraft(baseVersion, newVersion, effectiveFrom, tierChanges, Map.of(), description);
    }

    /**
     * A draft with destinations moved and thresholds corrected ({@code thresholdChanges} keyed as in
     * {@code ruleset.properties}, e.g. {@code lpp-annual-limit-tpp}); nothing screens against it until published.
     */
    @RolesAllowed({"ADMIN", "SENIOR_REVIEWER"})
    @Transactional
    public RuleSet createDraft(String baseVersion, String newVersion, LocalDate effectiveFrom,
            Map<String, Integer> tierChanges, Map<String, String> thresholdChanges, String description) {
        if (newVersion == null || !newVersion.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new RuleSetRefusedException("Name the version with 1–32 letters, digits, dots, dashes or underscores.");
        }
        if (find(newVersion).isPresent()) {
            throw new RuleSetRefusedException("A rule set called " + newVersion + " already exists.");
        }
        if (effectiveFrom == null) {
            throw new RuleSetRefusedException("Give the date from which the new version applies.");
        }
        if (find(baseVersion).isEmpty()) {
            throw new RuleSetRefusedException("There is no rule set called " + baseVersion + " to start from.");
        }
        RuleSet draft;
        try {
            RuleSet base = byVersion(baseVersion);
            draft = base.withChanges(newVersion, effectiveFrom, tierChanges,
                    RuleSetFiles.override(base.thresholds(), thresholdChanges));
        } catch (IllegalArgumentException bad) {
            throw new RuleSetRefusedException(bad.getMessage());
        }
        insert(draft, RuleSetVersion.Status.DRAFT, description, actor());
        events.publishEvent(new AuditableAction(actor(), "ruleset.draft-created", null, Map.of("version", newVersion,
                "base", baseVersion, "effectiveFrom", effectiveFrom.toString(), "tierChanges", tierChanges,
                "thresholdChanges", thresholdChanges)));
        return draft;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void publish(String version) {
        int updated = jdbc.update("update rule_set_version set status = 'PUBLISHED', published_at = ?, published_by = ? "
                + "where version = ? and status = 'DRAFT'", Timestamp.from(clock.instant()), actor(), version);
        if (updated != 1) {
            throw new RuleSetRefusedException("Only a draft can be published, and " + version + " is not one.");
        }
        events.publishEvent(new AuditableAction(actor(), "ruleset.published", null, Map.of("version", version)));
    }

    /**
     * Published versions whose effective date has come ({@code today} or earlier) but whose open cases have not been
     * screened again under them yet, oldest first.
     */
    public List<String> takingEffectBy(LocalDate today) {
        return jdbc.queryForList("select version from rule_set_version where status = 'PUBLISHED' and rescreened_at "
                + "is null and effective_from <= ? order by effective_from, published_at, version", String.class, today);
    }

    /**
     * Claims the re-screen under a published version for the caller's transaction: an atomic update from null, so
     * of several nodes (or polls) exactly one gets {@code true}; the others wait on the row and then get false.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean claimRescreen(String version) {
        return jdbc.update("update rule_set_version set rescreened_at = ? where version = ? and status = 'PUBLISHED' "
                + "and rescreened_at is null", Timestamp.from(clock.instant()), version) == 1;
    }

    /** Destinations of the rule set in force, by name, for pickers. */
    public List<CountryTier> destinations() {
        return current().countries().values().stream().sorted(Comparator.comparing(CountryTier::name)).toList();
    }

    public List<ChipSpec> chips() {
        return current().chips().values().stream().sorted(Comparator.comparing(ChipSpec::model)).toList();
    }

    private void insert(RuleSet ruleSet, RuleSetVersion.Status status, String description, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean published = status == RuleSetVersion.Status.PUBLISHED;
        // A shipped version already in force is handled by the start-up re-screen; a future-dated one waits for its day.
        boolean handled = published && !ruleSet.effectiveFrom().isAfter(today(clock));
        jdbc.update("insert into rule_set_version (version, effective_from, status, description, content_json, "
                + "created_at, created_by, published_at, published_by, rescreened_at) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", ruleSet.version(), ruleSet.effectiveFrom(), status.name(), description, write(ruleSet), now,
                by, published ? now : null, published ? by : null, handled ? now : null);
    }

    private String write(RuleSet ruleSet) {
        try {
            return json.writeValueAsString(ruleSet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule set cannot be serialised", e);
        }
    }

    private RuleSet parse(String content) {
        try {
            return json.readValue(content, RuleSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule set is unreadable", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
