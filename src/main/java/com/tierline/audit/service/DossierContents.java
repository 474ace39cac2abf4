package com.tierline.audit.service;

import com.tierline.application.domain.Decision;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.application.service.CaseDetails;
import com.tierline.history.service.CaseHistoryEntry;
import com.tierline.application.service.ScreeningSnapshot;
import com.tierline.document.service.DocumentInfo;
import com.tierline.letters.service.DossierFacts;
import com.tierline.letters.service.ItemLine;
import com.tierline.letters.service.Licence;
import com.tierline.letters.service.Party;
import com.tierline.letters.service.ScreeningFacts;
import com.tierline.letters.service.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A case, its history, requests, documents, timeline and the chain's seal as the dossier states them. */
final class DossierContents {

    private DossierContents() {
    }

    static DossierFacts of(CaseDetails c, List<CaseHistoryEntry> decisions, List<RequestForInformation> requests,
            List<DocumentInfo> filed, List<TimelineEntry> entries, Checkpoints.Seal seal, String exportedBy,
            Instant exportedAt, UnaryOperator<String> people) {
        ChainVerification chain = seal.chain();
        return new DossierFacts(c.reference(), exportedAt, people.apply(exportedBy),
                new DossierFacts.ChainCheck(chain.valid(), chain.firstBrokenSequence(), chain.events()),
                parties(c, people),
                c.items().stream().map(i -> new ItemLine(i.getDescription(), i.getModel(), i.getTpp(),
                        i.getPerformanceDensity(), i.getQuantity(), i.getUnitValueUsd())).toList(),
                c.screenings().stream().map(DossierContents::screening).toList(),
                new DossierFacts.Standing(c.status().label(), decided(c, people),
                        decisions.stream().anyMatch(d -> d.kind().hasLetter())),
                c.escalatedBy() == null ? null : new DossierFacts.Escalation(people.apply(c.escalatedBy()),
                        c.escalationReason()),
                requests.stream().map(r -> new DossierFacts.Question(r.getAskedAt(), people.apply(r.getAskedBy()),
                        r.getQuestion(), r.getAnsweredAt(), people.apply(r.getAnsweredBy()), r.getAnswer())).toList(),
                decisions.stream().map(d -> new DossierFacts.HistoryLine(d.sequence(), d.at(), people.apply(d.actor()),
                        d.sentence(Locale.ENGLISH), d.letter())).toList(),
                filed.stream().map(d -> new DossierFacts.FiledDocument(d.fileName(), d.purpose().label(),
                        d.sizeBytes(), people.apply(d.uploadedBy()), d.uploadedAt(), d.sha256())).toList(),
                entries.stream().map(DossierContents::timeline).toList(),
                seal.lines());
    }

    private static DossierFacts.Parties parties(CaseDetails c, UnaryOperator<String> people) {
        return new DossierFacts.Parties(c.organisation(), people.apply(c.createdBy()), c.destinationCountry(),
                new Party(c.consigneeName(), c.consigneeCountry()), c.consigneeHeadquarters(),
                new Party(c.endUserName(), c.endUserCountry()),
                c.ultimateEndUserName() == null ? null : new Party(c.ultimateEndUserName(), c.ultimateEndUserCountry()),
                c.otherParties().stream().map(o -> new DossierFacts.NamedParty(o.label(),
                        new Party(o.name(), o.country()))).toList(),
                c.endUse(), c.dataCentreName(), c.attestations());
    }

    private static ScreeningFacts screening(ScreeningSnapshot s) {
        var r = s.result();
        return new ScreeningFacts(s.screenedAt(), r.ruleSetVersion(), r.outcome(), r.tier(), r.totalTpp(),
                r.h100Equivalents(), r.findings());
    }

    private static DossierFacts.Decided decided(CaseDetails c, UnaryOperator<String> people) {
        if (c.decision() == null) {
            return null;
        }
        return new DossierFacts.Decided(c.decision() == Decision.APPROVE ? Verdict.APPROVED : Verdict.DENIED,
                people.apply(c.decidedBy()), c.decidedAt(), c.decisionReason(),
                c.licenceNumber() == null ? null : new Licence(c.licenceNumber(), c.licenceValidUntil()));
    }

    /** A process step reads with its kind ("Review (waiting for a person)"); an audit event is its sentence. */
    private static DossierFacts.TimelineLine timeline(TimelineEntry e) {
        return new DossierFacts.TimelineLine(e.at(), e.sequence(), e.actor(),
                e.source() == TimelineEntry.Source.PROCESS ? e.what() + " (" + e.details() + ")" : e.what(),
                e.duration(), e.open());
    }
}
