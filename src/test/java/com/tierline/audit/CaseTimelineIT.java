package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.audit.service.CaseTimeline;
import com.tierline.audit.service.TimelineEntry;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The merged timeline says what happened, and only that. */
@TierlineIT
class CaseTimelineIT {

    @Autowired ApplicationContext context;
    @Autowired ReviewService review;
    @Autowired CaseTimeline timeline;
    @Autowired UserDetailsService users;

    @Test
    void aDeadlineThatNeverPassedIsNotInTheTimeline() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        review.approve(reference, "End user and data centre verified.");

        SignIn.as(users, "auditor1");
        assertThat(timeline.of(reference, Locale.UK)).filteredOn(e -> e.source() == TimelineEntry.Source.PROCESS)
                .extracting(TimelineEntry::what).isNotEmpty()
                .noneMatch(what -> what.startsWith("Deadline") || what.startsWith("Timer on"));
    }
}
