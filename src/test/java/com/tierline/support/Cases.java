package com.tierline.support;

import com.tierline.appeal.service.AppealService;
import com.tierline.application.service.ApplicationService;
import com.tierline.review.service.ReviewService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases brought to a state through the real services, each step signed in as the demo user who takes it: filed by
 * an exporter, claimed, denied, appealed. Leaves the last actor signed in; callers sign in as whom they need next.
 */
public final class Cases {

    private final ApplicationService applications;
    private final ReviewService review;
    private final AppealService appeals;
    private final UserDetailsService users;

    private Cases(ApplicationContext context) {
        this.applications = context.getBean(ApplicationService.class);
        this.review = context.getBean(ReviewService.class);
        this.appeals = context.getBean(AppealService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public static Cases in(ApplicationContext context) {
        return new Cases(context);
    }

    /** 2,000 H100s ({@link Drafts#h100s}) filed by {@code exporter}; returns the case reference. */
    public String filed(String exporter, String destination) {
        SignIn.as(users, exporter);
        String reference = applications.saveDraft(null, Drafts.h100s(destination));
        applications.submit(reference);
        return reference;
    }

    public String claimed(String exporter, String destination, String reviewer) {
        String reference = filed(exporter, destination);
        SignIn.as(users, reviewer);
        review.claim(reference);
        return reference;
    }

    public String denied(String exporter, String destination, String reviewer, String reason) {
        String reference = claimed(exporter, destination, reviewer);
        review.deny(reference, reason);
        return reference;
    }

    /** A denied case under appeal; returns the appeal's reference (APL-…). */
    public String appealed(String exporter, String caseReference, String grounds) {
        SignIn.as(users, exporter);
        return appeals.appealDenial(caseReference, grounds);
    }
}
