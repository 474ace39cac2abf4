package com.tierline.review.service;

import com.tierline.application.service.CaseNotFoundException;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import com.tierline.identity.domain.Role;
import com.tierline.shared.ConcurrentChange;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.common.engine.api.FlowableException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Bulk actions on a selection of the queue. Each case goes through {@link ReviewService} on its own, in its own
 * transaction and under its own checks, and the reviewer is told case by case what was done or refused and why.
 */
@Service
public class BulkReview {

    private final ReviewService review;

    BulkReview(ReviewService review) {
        this.review = review;
    }

    /** Claims each case in its own transaction and reports, case by case, what was done or refused and why. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    public List<BulkResult> claimAll(List<String> references) {
        return each(references, r -> review.claim(r), "claimed");
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    public List<BulkResult> releaseAll(List<String> references) {
        return each(references, r -> review.release(r), "released");
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    public List<BulkResult> reassignAll(List<String> references, String toReviewer) {
        return each(references, r -> review.reassign(r, toReviewer), "reassigned to " + toReviewer);
    }

    private List<BulkResult> each(List<String> references, Consumer<String> action,
            String done) {
        List<BulkResult> results = new ArrayList<>();
        for (String reference : references) {
            try {
                action.accept(reference);
                results.add(new BulkResult(reference, true, done));
            } catch (ReviewRefusedException | CaseNotFoundException | CaseStepRefusedException refused) {
                results.add(new BulkResult(reference, false, refused.getMessage()));
            } catch (OptimisticLockingFailureException | FlowableException concurrent) {
                results.add(new BulkResult(reference, false, ConcurrentChange.of(reference)));
            }
        }
        return results;
    }
}
