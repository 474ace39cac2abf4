package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.SlaState;
import com.tierline.application.service.CaseRecords;
import com.tierline.application.service.CaseSummary;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer's queues: what each tab holds for the signed-in reviewer, narrowed by the filter bar. */
@Service
public class ReviewQueues {

    private final CaseRecords applications;
    private final CurrentUser currentUser;

    ReviewQueues(CaseRecords applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Page<CaseSummary> queue(ReviewQueue queue, QueueFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("submittedAt", "reference"));
        return applications.matching(spec(queue).and(filtered(filter)), ordered).map(CaseSummary::of);
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public long count(ReviewQueue queue) {
        return applications.count(spec(queue));
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public long count(ReviewQueue queue, QueueFilter filter) {
        return applications.count(spec(queue).and(filtered(filter)));
    }

    private static Specification<LicenceApplication> filtered(QueueFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.destination() != null) {
                where.add(cb.equal(root.get("destinationCountry"), f.destination()));
            }
            if (f.tier() != null) {
                where.add(cb.equal(root.get("screeningTier"), f.tier()));
            }
            if (f.outcome() != null) {
                where.add(cb.equal(root.get("screeningOutcome"), f.outcome()));
            }
            if (f.slaState() != null) {
                where.add(cb.equal(root.get("reviewClock").get("state"), f.slaState()));
            }
            if (Boolean.TRUE.equals(f.restrictedPartyHit())) {
                where.add(cb.isTrue(root.get("restrictedPartyHit")));
            }
            if (f.submittedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"),
                        f.submittedFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (f.submittedTo() != null) {
                where.add(cb.lessThan(root.get("submittedAt"),
                        f.submittedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Specification<LicenceApplication> spec(ReviewQueue queue) {
        SignedInUser me = currentUser.require();
        String team = me.teamCode();
        Set<ApplicationStatus> open = EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.PRESUMED_DENIAL,
                ApplicationStatus.AWAITING_EXPORTER, ApplicationStatus.ESCALATED);
        return (root, query, cb) -> switch (queue) {
            case UNASSIGNED -> cb.and(cb.equal(root.get("teamCode"), team),
                    root.get("status").in(ApplicationStatus.IN_REVIEW), cb.isNull(root.get("assignee")));
            case MINE -> cb.and(cb.equal(root.get("assignee"), me.getUsername()), root.get("status").in(open));
            case WAITING_ON_EXPORTER -> cb.and(cb.equal(root.get("teamCode"), team),
                    cb.equal(root.get("status"), ApplicationStatus.AWAITING_EXPORTER));
            case ESCALATED -> cb.equal(root.get("status"), ApplicationStatus.ESCALATED);
            case OVERDUE -> cb.and(cb.equal(root.get("teamCode"), team), root.get("status").in(open),
                    cb.equal(root.get("reviewClock").get("state"), SlaState.OVERDUE));
            case TEAM -> cb.and(cb.equal(root.get("teamCode"), team), root.get("status").in(open));
        };
    }

    private String team() {
        String team = currentUser.require().teamCode();
        if (team == null) {
            throw new ReviewRefusedException("You are not in a review team; ask an administrator to add you to one.");
        }
        return team;
    }
}
