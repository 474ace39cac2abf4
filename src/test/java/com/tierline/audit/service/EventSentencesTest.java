package com.tierline.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.sla.domain.SlaEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every audit action the code writes reads as a sentence with its facts, never as its code or its JSON. */
class EventSentencesTest {

    /**
     * An action name as the publishers write it, an argument followed by others: "review.claimed",
     * "restricted-parties.replaced" (field paths such as "consignee.country" are not followed by a comma).
     */
    private static final Pattern ACTION = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"\\s*,");

    /** A payload as each action writes it (figures above a thousand, so that grouping shows). */
    private static final Map<String, Map<String, ?>> SAMPLES = Map.ofEntries(
            Map.entry("application.draft-saved", Map.of("destination", "SA", "items", 3)),
            Map.entry("application.submitted", Map.of("destination", "SA", "items", 1)),
            Map.entry("application.screened", Map.of("status", "UNDER_REVIEW", "outcome", "LICENCE_REQUIRED",
                    "tier", 2, "effectiveTier", 2, "totalTpp", "2500000", "controlledTpp", "2500000",
                    "h100Equivalents", "2500", "ruleSetVersion", "2025-01-15r2", "findings",
                    List.of("TIER2_LICENCE", "ALLOCATION"))),
            Map.entry("application.rescreened", Map.of("after", "exporter reply", "outcome", "PRESUMPTION_OF_DENIAL",
                    "tier", 3, "effectiveTier", 3, "controlledTpp", "48000", "ruleSetVersion", "2025-01-15r2",
                    "findings", List.of(), "previousOutcome", "LICENCE_REQUIRED", "previousRuleSetVersion",
                    "2025-01-15r1")),
            Map.entry("application.reopened", Map.of("appeal", "APL-2026-000001")),
            Map.entry("application.routed", Map.of("team", "Gulf desk", "teamCode", "gulf-desk", "rule",
                    "KW, BH, OM", "ruleVersion", 2, "refiled", false)),
            Map.entry("routing.rule-added", Map.of("rule", "Gulf", "version", 1, "team", "Gulf desk", "conditions",
                    "Destination Kuwait (KW) or Oman (OM)")),
            Map.entry("routing.rule-changed", Map.of("rule", "Gulf", "version", 2, "team", "Gulf desk", "conditions",
                    "Destination Kuwait (KW); Tier 2")),
            Map.entry("routing.rule-disabled", Map.of("rule", "Gulf", "version", 3, "team", "Gulf desk",
                    "conditions", "Destination Kuwait (KW)")),
            Map.entry("routing.rule-enabled", Map.of("rule", "Gulf", "version", 4, "team", "Gulf desk",
                    "conditions", "Destination Kuwait (KW)")),
            Map.entry("routing.rule-moved", Map.of("position", "1", "rule", "Gulf", "version", 5, "team",
                    "Gulf desk", "conditions", "Destination Kuwait (KW)")),
            Map.entry("routing.default-team-chosen", Map.of("team", "AI Chips", "teamCode", "ai-chips")),
            Map.entry("application.started-from", Map.of("from", "TL-2026-000001")),
            Map.entry("application.withdrawn", Map.of("reason", "The order was cancelled.")),
            Map.entry("rfi.answered", Map.of("answerLength", 1200)),
            Map.entry("review.claimed", Map.of("assignee", "reviewer1")),
            Map.entry("review.released", Map.of("previousAssignee", "reviewer1")),
            Map.entry("review.reassigned", Map.of("from", "reviewer1", "to", "reviewer2")),
            Map.entry("review.decided", Map.of("decision", "APPROVE", "reason", "End user verified.", "step",
                    "seniorReview", "reasonCode", "OTHER", "licence", "TL-L-2026-000001")),
            Map.entry("review.information-requested", Map.of("question", "Who operates the data centre?",
                    "replyDeadline", "2026-12-15T17:00:00Z")),
            Map.entry("review.escalated", Map.of("justification", "Large volume for a new consignee.")),
            Map.entry("appeal.filed", Map.of("kind", "DENIAL", "case", "TL-2026-000001", "destination", "",
                    "appeal", "APL-2026-000001")),
            Map.entry("appeal.reviewed", Map.of("outcome", "PANEL", "reason", "Needs two more opinions.", "appeal",
                    "APL-2026-000001")),
            Map.entry("appeal.panel-vote", Map.of("vote", "UPHOLD", "reason", "The grounds hold.", "appeal",
                    "APL-2026-000001")),
            Map.entry("appeal.upheld", Map.of("by", "senior1", "appeal", "APL-2026-000001")),
            Map.entry("appeal.dismissed", Map.of("by", "senior1", "appeal", "APL-2026-000001")),
            Map.entry("document.uploaded", Map.of("documentId", 7, "fileName", "contract.pdf", "contentType",
                    "application/pdf", "sizeBytes", 125000, "sha256", "ab12", "purpose", "RFI_RESPONSE")),
            Map.entry("sla.started", Map.of("event", "STARTED", "dueAt", "2026-12-15T17:00:00Z")),
            Map.entry("sla.paused", Map.of("event", "PAUSED", "dueAt", "")),
            Map.entry("sla.resumed", Map.of("event", "RESUMED", "dueAt", "2026-12-15T17:00:00Z")),
            Map.entry("sla.warned", Map.of("event", "WARNED", "dueAt", "2026-12-15T17:00:00Z")),
            Map.entry("sla.breached", Map.of("event", "BREACHED", "dueAt", "2026-12-15T17:00:00Z")),
            Map.entry("sla.stopped", Map.of("event", "STOPPED", "dueAt", "2026-12-15T17:00:00Z")),
            Map.entry("decision-letter.downloaded", Map.of("decision", "DENY")),
            Map.entry("export.csv", Map.of("format", "csv", "rows", 12400, "search", "CaseSearch[...]",
                    "chainValid", true, "checkpoint", "")),
            Map.entry("export.dossier", Map.of("format", "pdf", "bytes", 48000, "chainValid", true, "checkpoint",
                    "")),
            Map.entry("login.failed", Map.of("address", "10.0.0.1", "from", "2026-12-01T10:00:00Z", "to",
                    "2026-12-01T10:05:00Z", "count", 1500, "unknownUser", 1200, "throttled", 300)),
            Map.entry("login.succeeded", Map.of("address", "10.0.0.1", "channel", "api", "count", 1000)),
            Map.entry("login.locked", Map.of("lockedUntil", "2026-12-01T10:15:00Z", "afterFailures", 5)),
            Map.entry("account.unlocked", Map.of("user", "exporter1", "wasLockedUntil", "2026-12-01T10:15:00Z")),
            Map.entry("organisation.veu-status", Map.of("organisation", "Gulf Data Centres LLC", "from", "null",
                    "to", "UNIVERSAL")),
            Map.entry("user.created", Map.of("user", "reviewer7", "description", "name Lea Reviewer; e-mail "
                    + "lea@tierline.gov.example; roles Reviewer; team AI Chips")),
            Map.entry("user.changed", Map.of("user", "reviewer7", "before", "name Lea Reviewer; roles Reviewer",
                    "after", "name Lea Reviewer; roles Reviewer, Senior reviewer")),
            Map.entry("user.deactivated", Map.of("user", "reviewer7")),
            Map.entry("user.reactivated", Map.of("user", "reviewer7")),
            Map.entry("review.released-deactivated", Map.of("previousAssignee", "reviewer7")),
            Map.entry("review.released-moved", Map.of("previousAssignee", "reviewer7")),
            Map.entry("team.created", Map.of("code", "gulf-desk", "name", "Gulf desk")),
            Map.entry("team.renamed", Map.of("code", "gulf-desk", "from", "Gulf desk", "to", "Gulf and Levant desk")),
            Map.entry("organisation.changed", Map.of("organisation", "Northwind Compute", "before",
                    "name Northwind Compute; country United States", "after", "name Northwind Compute Inc.; "
                            + "country United States")),
            Map.entry("organisation.deactivated", Map.of("organisation", "Northwind Compute", "reason",
                    "The company was dissolved.")),
            Map.entry("organisation.reactivated", Map.of("organisation", "Northwind Compute")),
            Map.entry("ruleset.draft-created", Map.of("version", "2026-03-01", "base", "2025-01-15r2",
                    "effectiveFrom", "2026-03-01", "tierChanges", Map.of("IN", 1), "thresholdChanges", Map.of())),
            Map.entry("ruleset.published", Map.of("version", "2026-03-01")),
            Map.entry("restricted-parties.replaced", Map.of("file", "csl.csv", "entries", 12345, "version", "v7")),
            Map.entry("ruleset.took-effect", Map.of("version", "2026-06-01", "effectiveFrom", "2026-06-01",
                    "rescreened", 1250)),
            Map.entry("review.returned", Map.of("to", "reviewer1", "summary", "Returned to reviewer1")),
            Map.entry("party.registered", Map.of("party", 4, "name", "Najd Data Company")),
            Map.entry("organisation.registered", Map.of("organisation", "Formosa Servers", "country", "TW",
                    "registrationNumber", "TW-84149961", "administrator", "lin.mei")),
            Map.entry("colleague.invited", Map.of("organisation", "Formosa Servers", "email", "chen@formosa.example",
                    "roles", "EXPORTER, ORG_ADMIN")),
            Map.entry("webhook.added", Map.of("endpoint", 1, "url", "https://erp.formosa.example/tierline",
                    "description", "Order system", "active", true)),
            Map.entry("webhook.changed", Map.of("endpoint", 1, "url", "https://erp.formosa.example/hooks",
                    "description", "Order system", "active", true)),
            Map.entry("webhook.paused", Map.of("endpoint", 1, "url", "https://erp.formosa.example/hooks",
                    "description", "Order system", "active", false)),
            Map.entry("webhook.resumed", Map.of("endpoint", 1, "url", "https://erp.formosa.example/hooks",
                    "description", "Order system", "active", true)),
            Map.entry("webhook.secret-rotated", Map.of("endpoint", 1, "url", "https://erp.formosa.example/hooks",
                    "description", "Order system", "active", true)),
            Map.entry("webhook.resent", Map.of("endpoint", 1, "url", "https://erp.formosa.example/hooks",
                    "description", "Order system", "active", true, "eventId",
                    "0f8e5d1c-6a2b-4c1e-9d3a-7b5e2f4a1c90", "application", "TL-2026-000001")),
            Map.entry("colleague.joined", Map.of("organisation", "Formosa Servers")),
            Map.entry("colleague.deactivated", Map.of("organisation", "Formosa Servers", "user", "chen")),
            Map.entry("password.reset-requested", Map.of("user", "chen")),
            Map.entry("organisation.approved", Map.of("organisation", "Formosa Servers")),
            Map.entry("organisation.refused", Map.of("organisation", "Formosa Servers", "reason",
                    "The registration number does not match the company register.")),
            Map.entry("password.reset", Map.of("user", "chen")),
            Map.entry("password.changed", Map.of("user", "chen")),
            Map.entry("two-factor.enrolled", Map.of("recoveryCodes", 10)),
            Map.entry("two-factor.re-enrolled", Map.of("recoveryCodes", 10)),
            Map.entry("login.second-factor", Map.of()),
            Map.entry("login.code-refused", Map.of("address", "203.0.113.9")),
            Map.entry("two-factor.turned-off", Map.of()),
            Map.entry("two-factor.recovery-code-used", Map.of("recoveryCodesLeft", 9)),
            Map.entry("party.updated", Map.of("party", 4, "name", "Najd Data Company")),
            Map.entry("party.confirmed", Map.of("party", 4, "name", "Najd Data Company")),
            Map.entry("party.merged", Map.of("party", 5, "name", "Najd Data Co", "into", 4, "intoName",
                    "Najd Data Company")),
            Map.entry("party.provisional-created", Map.of("party", 6, "name", "Gulf Racks LLC", "country", "AE")),
            Map.entry("party.veu-granted", Map.of("party", 4, "name", "Najd Data Company", "number",
                    "NVEU-SA-2025-0002", "kind", "NVEU", "destination", "SA", "validFrom", "2025-01-15",
                    "validUntil", "2027-12-31")));

    @Test
    void everyActionTheCodeWritesHasASentenceOfItsOwn() {
        Set<String> inUse = actionsInUse();
        assertThat(inUse).as("the scan finds the actions").contains("review.claimed", "application.screened",
                "sla.breached", "login.failed");
        assertThat(inUse).allSatisfy(action -> assertThat(EventSentences.of(action, SAMPLES.getOrDefault(action,
                Map.of()), Locale.UK)).as(action).isNotEqualTo(EventSentences.fallback(action)));
        assertThat(SAMPLES.keySet()).containsAll(inUse);
    }

    @Test
    void noActionReadsAsACodeOrAsJson() {
        for (String action : actionsInUse()) {
            String sentence = EventSentences.of(action, SAMPLES.get(action), Locale.UK);
            assertThat(sentence).as(action)
                    .doesNotContain("{", "}", "_", action)
                    // an enum name (references such as APL-2026-000001 and abbreviations are fine)
                    .doesNotContainPattern("\\b(?!PDF\\b|CSV\\b|TPP\\b|API\\b|AIA\\b|LLC\\b|UTC\\b|NOT\\b)[A-Z]{3,}\\b(?!-)")
                    // a payload key or an engine id
                    .doesNotContainPattern("\\b[a-z]+[A-Z][a-z]+\\b")
                    .as(action + ": numbers grouped")
                    .doesNotContainPattern("(?<![-\\d.,])(?!20\\d\\d\\b)\\d{4,}(?![-:\\d])");
            assertThat(sentence).as(action + ": read from its facts").isNotEqualTo(EventSentences.fallback(action));
            assertThat(Character.isUpperCase(sentence.charAt(0))).as(action + " starts a sentence").isTrue();
        }
    }

    @Test
    void aScreeningSaysItsRuleSetOutcomeAndFigures() {
        assertThat(EventSentences.of("application.screened", SAMPLES.get("application.screened"), Locale.UK))
                .isEqualTo("Screened under rule set 2025-01-15r2: Licence required, Tier 2, 2,500,000 controlled "
                        + "TPP (2,500 H100-equivalents), 2 findings; now under review");
        assertThat(EventSentences.of("review.claimed", "{\"assignee\":\"reviewer1\"}", Locale.UK))
                .isEqualTo("Claimed by reviewer1");
        assertThat(EventSentences.of("application.screened", SAMPLES.get("application.screened"), Locale.GERMANY))
                .contains("2.500.000 controlled TPP");
    }

    @Test
    void aNewPartyReadsWithItsCountryOnceInBrackets() {
        assertThat(EventSentences.of("party.provisional-created", SAMPLES.get("party.provisional-created"),
                Locale.UK)).isEqualTo("New party Gulf Racks LLC, United Arab Emirates (AE), recorded as provisional "
                        + "at filing");
    }

    @Test
    void anActionWithoutASentenceStillReadsAsWords() {
        assertThat(EventSentences.of("application.claimed", Map.of(), Locale.UK)).isEqualTo("Application: claimed");
        assertThat(EventSentences.of("review.claimed", Map.of(), Locale.UK)).isEqualTo("Review: claimed");
    }

    /** Every action name written by a class that publishes or records an {@code AuditableAction}. */
    static Set<String> actionsInUse() {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).map(EventSentencesTest::read)
                    .filter(source -> source.contains("AuditableAction(")).forEach(source -> {
                        Matcher m = ACTION.matcher(source);
                        while (m.find()) {
                            // A refusal's code ("appeal.text-too-short", field, …) is not an action of the log.
                            String before = source.substring(Math.max(0, m.start() - 40), m.start());
                            if (!before.matches("(?s).*(Exception|Refusal|Refusal\\.of)\\(\\s*$")) {
                                actions.add(m.group(1));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SlaClock writes "sla." + the kind of clock event.
        for (SlaEvent.Kind kind : SlaEvent.Kind.values()) {
            actions.add("sla." + kind.name().toLowerCase(Locale.ROOT));
        }
        return actions;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
