package com.tierline.letters.service;

import com.tierline.screening.domain.SecurityAttestation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an auditor's dossier of one case states, each part already decided by the feature that owns it (who may
 * export, which events, what the chain check found). Lists are in the order they are to be read.
 */
public record DossierFacts(String reference, Instant exportedAt, String exportedBy, ChainCheck chain,
        Parties parties, List<ItemLine> items, List<ScreeningFacts> screenings, Standing standing,
        Escalation escalation, List<Question> questions, List<HistoryLine> history, List<FiledDocument> documents,
        List<TimelineLine> timeline, List<String> sealLines) {

    public DossierFacts {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(standing, "standing");
        items = List.copyOf(items);
        screenings = List.copyOf(screenings);
        questions = List.copyOf(questions);
        history = List.copyOf(history);
        documents = List.copyOf(documents);
        timeline = List.copyOf(timeline);
        sealLines = List.copyOf(sealLines);
    }

    /** The audit chain as verified at export: intact, or the first event that cannot be vouched for. */
    public record ChainCheck(boolean intact, Long firstBrokenSequence, long eventsVerified) {
    }

    /** Who is party to the export and to what end; {@code others} are purchaser and intermediate consignees. */
    public record Parties(String exporter, String filedBy, String destination, Party consignee,
            String consigneeHeadquarters, Party endUser, Party ultimateEndUser, List<NamedParty> others,
            String endUse, String dataCentre, Set<SecurityAttestation> attestations) {

        public Parties {
            others = others == null ? List.of() : List.copyOf(others);
            attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
        }
    }

    /** A party with the part it plays: "Intermediate consignee 1 (freight forwarder)". */
    public record NamedParty(String role, Party party) {
    }

    /**
     * Where the case stands: its status in words, the decision that stands now (null for none) and whether an
     * earlier decision was made and no longer stands (an upheld appeal reopened the case).
     */
    public record Standing(String status, Decided decided, boolean decidedBefore) {
    }

    /** A decision with who took it, when, why, and the licence an approval issued (null otherwise). */
    public record Decided(Verdict verdict, String by, Instant at, String reason, Licence licence) {
    }

    public record Escalation(String by, String reason) {
    }

    /** A request for information and its answer; the answer's fields are null while it is unanswered. */
    public record Question(Instant askedAt, String askedBy, String question, Instant answeredAt, String answeredBy,
            String answer) {
    }

    /** One row of the decision history with its sentence in words and whether its letter is kept as issued. */
    public record HistoryLine(int sequence, Instant at, String actor, String sentence, boolean letterKept) {
    }

    /** A filed document; {@code purpose} in words. */
    public record FiledDocument(String fileName, String purpose, long sizeBytes, String uploadedBy,
            Instant uploadedAt, String sha256) {
    }

    /**
     * One line of the merged timeline: an audit event (with its chain {@code sequence}) or a process step (with how
     * long it took, or {@code open} while it still waits).
     */
    public record TimelineLine(Instant at, Long sequence, String actor, String what, Duration took, boolean open) {
    }
}
