package com.tierline.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.audit.domain.AuditEvent;
import com.tierline.document.domain.DocumentPurpose;
import com.tierline.screening.domain.Outcome;
import com.tierline.shared.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Each audit action the application writes, as the sentence a person reads: who did what, with the facts that
 * matter (rule set, outcome, figures, deadlines), numbers grouped for the reader's locale. The raw payload stays in
 * the chain (and behind the auditors' "Event details" toggle); no screen or dossier prints it as the description.
 */
public final class EventSentences {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every action name in use, with its sentence; {@link #known} lets a test hold new actions to the same rule. */
    private static final Map<String, BiFunction<Facts, Locale, String>> SENTENCES = Map.ofEntries(
            Map.entry("application.draft-saved", (f, l) -> "Draft saved: " + f.count("items", "item", l)
                    + (f.has("destination") && !"null".equals(f.text("destination"))
                            ? " for " + f.country("destination", l) : "")),
            Map.entry("application.submitted", (f, l) -> "Submitted for export to " + f.country("destination", l)
                    + ", " + f.count("items", "item", l)),
            Map.entry("application.screened", (f, l) -> "Screened under rule set " + f.screening(l)
                    + (f.has("status") ? "; now " + f.status("status") : "")),
            Map.entry("application.rescreened", EventSentences::rescreened),
            Map.entry("application.reopened", (f, l) -> "Reopened for a new review after appeal "
                    + f.text("appeal") + " was upheld"),
            Map.entry("application.routed", (f, l) -> ("true".equals(f.text("refiled")) ? "Re-filed and routed to "
                    : "Routed to ") + f.text("team") + (f.has("rule") ? " by rule '" + f.text("rule") + "' (version "
                    + f.text("ruleVersion") + ")" : ", the default team (no rule matched)")),
            Map.entry("routing.rule-added", (f, l) -> "Routing rule '" + f.text("rule") + "' added, sending to "
                    + f.text("team") + ": " + f.text("conditions")),
            Map.entry("routing.rule-changed", (f, l) -> "Routing rule '" + f.text("rule") + "' changed (version "
                    + f.text("version") + "), sending to " + f.text("team") + ": " + f.text("conditions")),
            Map.entry("routing.rule-disabled", (f, l) -> "Routing rule '" + f.text("rule") + "' disabled (version "
                    + f.text("version") + ")"),
            Map.entry("routing.rule-enabled", (f, l) -> "Routing rule '" + f.text("rule") + "' enabled again (version "
                    + f.text("version") + ")"),
            Map.entry("routing.rule-moved", (f, l) -> "Routing rule '" + f.text("rule") + "' moved to place "
                    + f.text("position") + " (version " + f.text("version") + ")"),
            Map.entry("routing.default-team-chosen", (f, l) -> f.text("team")
                    + " chosen as the default team for cases no routing rule matches"),
            Map.entry("application.started-from", (f, l) -> "Draft started as a copy of " + f.text("from")),
            Map.entry("application.withdrawn", (f, l) -> "Withdrawn by the exporter: " + f.text("reason")),
            Map.entry("rfi.answered", (f, l) -> "The exporter answered the reviewer's question ("
                    + f.count("answerLength", "character", l) + ")"),
            Map.entry("review.claimed", (f, l) -> "Claimed by " + f.person("assignee")),
            Map.entry("review.released", (f, l) -> "Released by " + f.person("previousAssignee")
                    + " back to the queue"),
            Map.entry("review.reassigned", (f, l) -> "null".equals(f.text("from")) || f.text("from").isEmpty()
                    ? "Assigned to " + f.person("to") : "Reassigned from " + f.person("from") + " to "
                            + f.person("to")),
            Map.entry("review.decided", EventSentences::decided),
            Map.entry("review.information-requested", (f, l) -> "Asked the exporter: “" + f.text("question")
                    + "”, reply by " + f.time("replyDeadline", l)),
            Map.entry("review.escalated", (f, l) -> "Escalated to senior review: " + f.text("justification")),
            Map.entry("appeal.filed", (f, l) -> "TIER_UPGRADE".equals(f.text("kind"))
                    ? "Tier-upgrade petition " + f.text("appeal") + " filed for " + f.country("destination", l)
                    : "Appeal " + f.text("appeal") + " filed against the denial of " + f.text("case")),
            Map.entry("appeal.reviewed", (f, l) -> "Appeal " + f.text("appeal") + " " + switch (f.text("outcome")) {
                case "UPHOLD" -> "upheld";
                case "DISMISS" -> "dismissed";
                default -> "referred to a panel of two senior reviewers";
            } + ": " + f.text("reason")),
            Map.entry("appeal.panel-vote", (f, l) -> "Voted to " + ("UPHOLD".equals(f.text("vote")) ? "uphold"
                    : "dismiss") + " appeal " + f.text("appeal") + ": " + f.text("reason")),
            // The process's closing step, after the decision ("appeal.reviewed") or the panel's second vote.
            Map.entry("appeal.upheld", (f, l) -> "Appeal " + f.text("appeal") + " closed as upheld (decided by "
                    + f.person("by") + ")"),
            Map.entry("appeal.dismissed", (f, l) -> "Appeal " + f.text("appeal") + " closed as dismissed (decided by "
                    + f.person("by") + ")"),
            Map.entry("document.uploaded", (f, l) -> purpose(f.text("purpose")) + " filed: " + f.text("fileName")
                    + " (" + Formats.bytes(f.number("sizeBytes").longValue(), l) + ")"
                    + (f.has("appeal") ? " for appeal " + f.text("appeal") : "")),
            Map.entry("sla.started", (f, l) -> "Review clock started: due " + f.time("dueAt", l)),
            Map.entry("sla.paused", (f, l) -> "Review clock paused while the exporter answers"),
            Map.entry("sla.resumed", (f, l) -> "Review clock resumed: due " + f.time("dueAt", l)),
            Map.entry("sla.warned", (f, l) -> "Review due soon: due " + f.time("dueAt", l)),
            Map.entry("sla.breached", (f, l) -> "Review overdue: was due " + f.time("dueAt", l)),
            Map.entry("sla.stopped", (f, l) -> "Review clock stopped"),
            Map.entry("decision-letter.downloaded", (f, l) -> "Downloaded the "
                    + decision(f.text("decision")).toLowerCase(Locale.ROOT).replace("approved", "approval")
                            .replace("denied", "denial") + " letter"),
            Map.entry("export.csv", (f, l) -> "Exported " + f.count("rows", "case", l) + " as CSV"
                    + chain(f)),
            Map.entry("export.dossier", (f, l) -> "Exported the case dossier as PDF ("
                    + Formats.bytes(f.number("bytes").longValue(), l) + ")" + chain(f)),
            Map.entry("login.failed", EventSentences::loginFailed),
            Map.entry("login.succeeded", (f, l) -> (f.has("count") ? "Signed in " + f.count("count", "time", l)
                    : "Signed in") + " through the " + channel(f) + " from " + f.text("address")),
            Map.entry("login.locked", (f, l) -> "Account locked until " + f.time("lockedUntil", l) + " after "
                    + f.count("afterFailures", "failed sign-in", l)),
            Map.entry("account.unlocked", (f, l) -> "Unlocked the account of " + f.person("user")),
            Map.entry("organisation.registered", (f, l) -> f.text("organisation") + ", " + f.country("country", l)
                    + ", registered itself (registration number " + f.text("registrationNumber") + ") with "
                    + f.person("administrator") + " as its administrator; waiting for approval"),
            Map.entry("colleague.invited", (f, l) -> "Invited " + f.text("email") + " to join " + f.text("organisation")
                    + (f.text("roles").contains("ORG_ADMIN") ? " as an exporter and organisation administrator"
                            : " as an exporter")),
            Map.entry("colleague.joined", (f, l) -> "Joined " + f.text("organisation") + " by invitation"),
            Map.entry("colleague.deactivated", (f, l) -> "Deactivated the account of " + f.person("user")
                    + ", a colleague at " + f.text("organisation")),
            Map.entry("password.reset-requested", (f, l) -> "A password-reset link was sent to the account's e-mail "
                    + "address"),
            Map.entry("organisation.approved", (f, l) -> "Approved the registration of " + f.text("organisation")),
            Map.entry("organisation.refused", (f, l) -> "Refused the registration of " + f.text("organisation")
                    + ": " + f.text("reason")),
            Map.entry("password.reset", (f, l) -> "Set a new password through a reset link"),
            Map.entry("password.changed", (f, l) -> "Changed the password"),
            Map.entry("two-factor.enrolled", (f, l) -> "Set up two-factor sign-in, with "
                    + f.count("recoveryCodes", "recovery code", l)),
            Map.entry("two-factor.re-enrolled", (f, l) -> "Set up a new authenticator for two-factor sign-in, with "
                    + f.count("recoveryCodes", "new recovery code", l)),
            Map.entry("login.second-factor", (f, l) -> "Signed in with the second factor"),
            Map.entry("login.code-refused", (f, l) -> "Sign-in code refused, from " + f.text("address")),
            Map.entry("two-factor.turned-off", (f, l) -> "Turned two-factor sign-in off"),
            Map.entry("two-factor.recovery-code-used", (f, l) -> "Signed in with a recovery code; "
                    + f.count("recoveryCodesLeft", "recovery code", l) + " left"),
            Map.entry("user.created", (f, l) -> "Created the account of " + f.person("user") + ": "
                    + f.text("description")),
            Map.entry("user.changed", (f, l) -> "Changed the account of " + f.person("user") + " from "
                    + f.text("before") + " to " + f.text("after")),
            Map.entry("user.deactivated", (f, l) -> "Deactivated the account of " + f.person("user")),
            Map.entry("user.reactivated", (f, l) -> "Reactivated the account of " + f.person("user")),
            Map.entry("review.released-deactivated", (f, l) -> "Returned to the queue because "
                    + f.person("previousAssignee") + ", who had claimed it, was deactivated"),
            Map.entry("review.released-moved", (f, l) -> "Returned to the queue because "
                    + f.person("previousAssignee") + ", who had claimed it, no longer reviews such cases"),
            Map.entry("team.created", (f, l) -> "Created the team " + f.text("name") + " (code " + f.text("code")
                    + ")"),
            Map.entry("team.renamed", (f, l) -> "Renamed the team " + f.text("code") + " from " + f.text("from")
                    + " to " + f.text("to")),
            Map.entry("organisation.changed", (f, l) -> "Changed the particulars of " + f.text("organisation")
                    + " from " + f.text("before") + " to " + f.text("after")),
            Map.entry("organisation.deactivated", (f, l) -> "Deactivated the organisation " + f.text("organisation")
                    + ": " + f.text("reason")),
            Map.entry("organisation.reactivated", (f, l) -> "Reactivated the organisation "
                    + f.text("organisation")),
            Map.entry("organisation.veu-status", (f, l) -> "Validated-end-user status of "
                    + f.text("organisation") + " changed from " + veu(f.text("from")) + " to " + veu(f.text("to"))),
            Map.entry("ruleset.draft-created", (f, l) -> "Rule-set draft " + f.text("version") + " created from "
                    + f.text("base") + ", to take effect on " + f.date("effectiveFrom", l) + ": "
                    + f.count("tierChanges", "destination", l) + " moved, "
                    + f.count("thresholdChanges", "threshold", l) + " corrected"),
            Map.entry("ruleset.published", (f, l) -> "Rule set " + f.text("version") + " published"),
            Map.entry("ruleset.took-effect", (f, l) -> "Rule set " + f.text("version") + " took effect on "
                    + f.date("effectiveFrom", l) + "; " + f.count("rescreened", "open case", l) + " re-screened"),
            Map.entry("review.returned", (f, l) -> "Returned to " + f.person("to") + " after the exporter's reply"),
            Map.entry("party.registered", (f, l) -> "Registered party " + f.text("name") + " added to the directory"),
            Map.entry("party.updated", (f, l) -> "Registered party " + f.text("name") + " changed"),
            Map.entry("party.confirmed", (f, l) -> "Provisional party " + f.text("name") + " confirmed"),
            Map.entry("party.merged", (f, l) -> "Party " + f.text("name") + " merged into " + f.text("intoName")),
            Map.entry("party.provisional-created", (f, l) -> "New party " + f.text("name") + ", "
                    + f.country("country", l) + ", recorded as provisional at filing"),
            Map.entry("party.veu-granted", (f, l) -> ("NVEU".equals(f.text("kind")) ? "National" : "Universal")
                    + " validated-end-user authorisation " + f.text("number") + " granted to " + f.text("name")
                    + ", valid from " + f.date("validFrom", l)
                    + ("null".equals(f.text("validUntil")) ? "" : " until " + f.date("validUntil", l))),
            Map.entry("webhook.added", (f, l) -> "Added the webhook endpoint " + f.text("url") + " ("
                    + f.text("description") + ")" + ("true".equals(f.text("active")) ? "" : ", paused")),
            Map.entry("webhook.changed", (f, l) -> "Changed the webhook endpoint to " + f.text("url") + " ("
                    + f.text("description") + ")"),
            Map.entry("webhook.paused", (f, l) -> "Paused the webhook endpoint " + f.text("url")),
            Map.entry("webhook.resumed", (f, l) -> "Resumed the webhook endpoint " + f.text("url")),
            Map.entry("webhook.secret-rotated", (f, l) -> "Replaced the signing secret of the webhook endpoint "
                    + f.text("url")),
            Map.entry("webhook.resent", (f, l) -> "Sent event " + f.text("eventId") + " about application "
                    + f.text("application") + " again to the webhook endpoint " + f.text("url")),
            Map.entry("restricted-parties.replaced", (f, l) -> "Restricted-party list replaced from "
                    + f.text("file") + ": " + f.count("entries", "entry", l) + " (version " + f.text("version")
                    + ")"));

    private EventSentences() {
    }

    public static String of(AuditEvent event, Locale locale) {
        return of(event.getAction(), event.getPayload(), locale);
    }

    /**
     * With each person the event names (who claimed, released, was assigned, decided) as {@code people} writes
     * them, "Ana Reviewer (reviewer1)" rather than the user name the payload keeps.
     */
    public static String of(AuditEvent event, Locale locale, UnaryOperator<String> people) {
        return of(event.getAction(), parse(event.getPayload()), locale, people);
    }

    /** The sentence for an action and its payload as stored (canonical JSON). */
    public static String of(String action, String payloadJson, Locale locale) {
        return of(action, parse(payloadJson), locale);
    }

    public static String of(String action, Map<String, ?> payload, Locale locale) {
        return of(action, payload, locale, UnaryOperator.identity());
    }

    private static String of(String action, Map<String, ?> payload, Locale locale, UnaryOperator<String> people) {
        BiFunction<Facts, Locale, String> sentence = SENTENCES.get(action);
        if (sentence == null) {
            return fallback(action);
        }
        try {
            return sentence.apply(new Facts(payload, people), locale);
        } catch (RuntimeException unreadable) {
            // An old event whose payload lacks a fact: say what happened rather than fail the whole timeline.
            return fallback(action);
        }
    }

    private static String rescreened(Facts f, Locale l) {
        String why = f.has("after") ? " after the exporter's reply"
                : f.has("reason") ? " because a " + f.text("reason") : "";
        String before = f.has("previousOutcome") && !"null".equals(f.text("previousOutcome"))
                ? " (before: " + outcome(f.text("previousOutcome")) + " under "
                        + f.text("previousRuleSetVersion") + ")" : "";
        return "Screened again" + why + " under rule set " + f.screening(l) + before;
    }

    private static String decided(Facts f, Locale l) {
        String sentence = decision(f.text("decision")) + ": " + f.text("reason");
        return f.has("licence") ? sentence + " (licence " + f.text("licence") + ")" : sentence;
    }

    private static String loginFailed(Facts f, Locale l) {
        if (!f.has("count")) {
            return "Sign-in refused (" + f.text("reason") + ") through the " + channel(f) + " from "
                    + f.text("address");
        }
        StringBuilder why = new StringBuilder();
        reason(why, f, "unknownUser", "unknown user name", l);
        reason(why, f, "accountRefused", "account disabled or locked", l);
        reason(why, f, "throttled", "too many attempts", l);
        reason(why, f, "repeated", "repeated wrong password", l);
        reason(why, f, "other", "other", l);
        return "Refused " + f.count("count", "sign-in", l) + " from " + f.text("address") + " between "
                + f.time("from", l) + " and " + f.time("to", l) + (why.isEmpty() ? "" : " (" + why + ")");
    }

    private static void reason(StringBuilder why, Facts f, String key, String words, Locale l) {
        if (f.has(key)) {
            why.append(why.isEmpty() ? "" : ", ").append(words).append(": ")
                    .append(Formats.number(f.number(key), l));
        }
    }

    private static String channel(Facts f) {
        return "api".equals(f.text("channel")) ? "API" : f.text("channel");
    }

    private static String chain(Facts f) {
        return f.has("chainValid") ? Boolean.parseBoolean(f.text("chainValid")) ? "; the audit chain verified"
                : "; the audit chain did NOT verify" : "";
    }

    static String outcome(String name) {
        try {
            return Outcome.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return words(name);
        }
    }

    private static String decision(String name) {
        try {
            return Decision.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return words(name);
        }
    }

    private static String purpose(String name) {
        try {
            return DocumentPurpose.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return "Document";
        }
    }

    private static String veu(String status) {
        return switch (status) {
            case "UNIVERSAL" -> "universal";
            case "NATIONAL" -> "national";
            default -> "none";
        };
    }

    /** "login.password-reset" reads "Login: password reset": never the code itself. */
    static String fallback(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? words(action) : words(action.substring(0, dot)) + ": "
                + words(action.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    /** An enum-style or dotted name as words: "LICENCE_REQUIRED" → "Licence required". */
    static String words(String code) {
        String spaced = code.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_.\\-]+", " ").trim()
                .toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException unreadable) {
            return Map.of();
        }
    }

    /** The payload's facts, each read as the kind of value it is and formatted for the reader. */
    private record Facts(Map<String, ?> payload, UnaryOperator<String> people) {

        /** A user named by the event, as the reader is shown people. */
        String person(String key) {
            return people.apply(text(key));
        }

        boolean has(String key) {
            Object value = payload.get(key);
            return value != null && !(value instanceof String s && s.isEmpty());
        }

        String text(String key) {
            Object value = payload.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No " + key);
            }
            return String.valueOf(value);
        }

        BigDecimal number(String key) {
            Object value = payload.get(key);
            if (value instanceof Map<?, ?> map) {
                return BigDecimal.valueOf(map.size());
            }
            if (value instanceof Collection<?> list) {
                return BigDecimal.valueOf(list.size());
            }
            return new BigDecimal(text(key));
        }

        /** "3 items", "1 item", grouped: "12,400 cases". */
        String count(String key, String noun, Locale locale) {
            String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
            return Formats.count(number(key).longValue(), noun, plural, locale);
        }

        String time(String key, Locale locale) {
            try {
                return Formats.dateTime(Instant.parse(text(key)), locale);
            } catch (DateTimeParseException notAnInstant) {
                return text(key);
            }
        }

        String date(String key, Locale locale) {
            try {
                return Formats.date(java.time.LocalDate.parse(text(key)), locale);
            } catch (DateTimeParseException notADate) {
                return text(key);
            }
        }

        String country(String key, Locale locale) {
            return Formats.country(text(key), locale);
        }

        String status(String key) {
            try {
                return ApplicationStatus.valueOf(text(key)).label().toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException unknown) {
                return words(text(key)).toLowerCase(Locale.ROOT);
            }
        }

        /** "2025-01-15r2: Licence required, Tier 2, 2,500 controlled TPP (2,500 H100-equivalents), 2 findings". */
        String screening(Locale locale) {
            StringBuilder s = new StringBuilder(text("ruleSetVersion")).append(": ")
                    .append(outcome(text("outcome")));
            if (has("tier")) {
                s.append(", Tier ").append(text("tier"));
                if (has("effectiveTier") && !text("effectiveTier").equals(text("tier"))) {
                    s.append(" (treated as Tier ").append(text("effectiveTier")).append(")");
                }
            }
            if (has("controlledTpp")) {
                s.append(", ").append(Formats.number(number("controlledTpp"), locale)).append(" controlled TPP");
            }
            if (has("h100Equivalents")) {
                s.append(" (").append(Formats.number(number("h100Equivalents"), locale))
                        .append(" H100-equivalents)");
            }
            if (has("findings")) {
                s.append(", ").append(count("findings", "finding", locale));
            }
            return s.toString();
        }
    }
}
