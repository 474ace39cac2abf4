package com.tierline.history.service;

import com.tierline.history.domain.CaseDecision;
import com.tierline.history.domain.CaseDecisionRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's history rows for the feature that keeps each decision's letter: the rows are this feature's, reached only
 * through here. Each method joins the caller's transaction, whose service method carries the role check.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DecisionRows {

    private final CaseDecisionRepository decisions;

    DecisionRows(CaseDecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** The latest row that issued a letter, if any. */
    public Optional<CaseDecision> latestWithLetter(long applicationId) {
        return decisions.findByApplicationIdOrderBySequence(applicationId).stream()
                .filter(d -> d.getKind().hasLetter()).reduce((a, b) -> b);
    }

    /** Row {@code sequence} of the case, if it issued a letter. */
    public Optional<CaseDecision> withLetter(long applicationId, int sequence) {
        return decisions.findByApplicationIdAndSequence(applicationId, sequence).filter(d -> d.getKind().hasLetter());
    }
}
