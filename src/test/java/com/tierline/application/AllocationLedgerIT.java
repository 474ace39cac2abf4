package com.tierline.application;

import com.tierline.review.service.DenialReason;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.rfi.service.InformationRequests;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The country allocation ledger: reservations while under review, consumption on approval, and the race. */
@TierlineIT
class AllocationLedgerIT {

    static final BigDecimal REQUEST = new BigDecimal("31664000"); // 2,000 H100s

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired InformationRequests rfi;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.tierline.application.service.DecisionLetters letters;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void underReviewReservesApprovalConsumesDenialReleases() {
        BigDecimal[] start = ledger("IN");
        CaseDetails approved = submit("IN");
        CaseDetails denied = submit("IN");
        assertThat(ledger("IN")[2]).isEqualByComparingTo(start[2].add(REQUEST).add(REQUEST));
        assertThat(denied.allocation().remainingBefore()).isEqualByComparingTo(
                start[0].subtract(start[1]).subtract(start[2]).subtract(REQUEST));

        decide("reviewer1", approved.reference(), true);
        decide("reviewer2", denied.reference(), false);

        BigDecimal[] end = ledger("IN");
        assertThat(end[1]).as("consumed").isEqualByComparingTo(start[1].add(REQUEST));
        assertThat(end[2]).as("reserved").isEqualByComparingTo(start[2]);
    }

    /** RULES.md §4: a listed consignee needs a licence for the whole request, and no finding may say authorised. */
    @Test
    void aRestrictedPartyHitReservesTheLicensedAmountAndNothingSaysAuthorised() {
        BigDecimal[] start = ledger("PH");
        var draft = Drafts.h100s("PH");
        draft.setConsigneeName("Huawei Technologies Co., Ltd.");
        draft.setItems(java.util.List.of(new com.tierline.application.service.ItemDraft("NVIDIA H100",
                new BigDecimal("15832"), new BigDecimal("19.45"), 10, null)));
        CaseDetails hit = applications.find(Cases.in(context).filed("exporter1", draft)).orElseThrow();
        SignIn.out();
        assertThat(hit.outcome()).isEqualTo("LICENCE_REQUIRED");
        assertThat(hit.findings()).extracting("code").contains("RESTRICTED_PARTY_MATCH", "EXCEPTIONS_WITHHELD")
                .doesNotContain("LPP_AUTHORISED");
        assertThat(hit.findings()).extracting("message").allSatisfy(m -> assertThat(m.toString())
                .doesNotContainIgnoringCase("authorised"));
        assertThat(ledger("PH")[2]).as("the licensed amount: 10 H100s").isEqualByComparingTo(
                start[2].add(new BigDecimal("158320")));
    }

    @Test
    void aReplyAndReScreenMidReviewKeepsExactlyOneReservation() {
        BigDecimal[] start = ledger("ID");
        CaseDetails answered = submit("ID");
        SignIn.as(users, "reviewer1");
        review.claim(answered.reference());
        rfi.ask(answered.reference(), "Who operates the data centre, please?");
        SignIn.as(users, "exporter1");
        rfi.answer(answered.reference(), "Jakarta Compute operates it under our contract.", List.of());
        assertThat(ledger("ID")[2]).as("re-screened: one reservation, not two")
                .isEqualByComparingTo(start[2].add(REQUEST));
        decide("reviewer1", answered.reference(), true);
        assertThat(ledger("ID")[2]).as("approved: reservation released").isEqualByComparingTo(start[2]);
        assertThat(ledger("ID")[1]).isEqualByComparingTo(start[1].add(REQUEST));
    }

    /**
     * Issue 12: the re-screen after a reply counted the case's own reservation against itself (742.5M left at
     * filing, 701.5M "before" after the reply) and that figure reached the licence letter.
     */
    @Test
    void aReScreenNeverCountsTheCasesOwnReservationAndTheLetterPrintsTheSettledLedger() throws Exception {
        CaseDetails filed = submit("MY");
        SignIn.as(users, "reviewer1");
        review.claim(filed.reference());
        rfi.ask(filed.reference(), "Who operates the data centre, please?");
        SignIn.as(users, "exporter1");
        rfi.answer(filed.reference(), "Kuala Lumpur Compute operates it under our contract.", List.of());
        CaseDetails replied = applications.find(filed.reference()).orElseThrow();
        assertThat(replied.screenings()).hasSize(2);
        assertThat(replied.allocation().remainingBefore()).as("before the request, as at filing")
                .isEqualByComparingTo(filed.allocation().remainingBefore());
        assertThat(replied.allocation().remainingAfter()).as("after the request, as at filing")
                .isEqualByComparingTo(filed.allocation().remainingAfter());
        SignIn.out();

        decide("reviewer1", filed.reference(), true);
        BigDecimal[] settled = ledger("MY");
        SignIn.as(users, "exporter1");
        String letter = DecisionLettersIT.text(letters.letter(filed.reference()).orElseThrow());
        assertThat(letter).contains(grouped(settled[0]) + " TPP allocated, " + grouped(settled[1])
                + " TPP approved, " + grouped(settled[2]) + " TPP reserved by open cases, "
                + grouped(settled[0].subtract(settled[1]).subtract(settled[2])) + " TPP left.");
        assertThat(letter).as("the pre-screen's figure after this request is what the ledger now leaves")
                .contains("this request would leave " + grouped(filed.allocation().remainingAfter()) + " TPP");
    }

    private static String grouped(BigDecimal tpp) {
        return String.format(java.util.Locale.ENGLISH, "%,d", tpp.setScale(0, java.math.RoundingMode.HALF_UP)
                .toBigIntegerExact());
    }

    @Test
    void twoApprovalsRacingForTheLastOfAnAllocationCannotBothSucceed() throws Exception {
        CaseDetails first = submit("SG");
        CaseDetails second = submit("SG");
        // Leave room for exactly one of the two approvals.
        jdbc.update("update allocation_ledger set allocated_tpp = consumed_tpp + ? where country = 'SG'",
                REQUEST.add(new BigDecimal("1000")));
        claim("reviewer1", first.reference());
        claim("reviewer2", second.reference());

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(approveAs("reviewer1", first.reference(), go));
            Future<String> b = pool.submit(approveAs("reviewer2", second.reference(), go));
            go.countDown();
            List<String> outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.contains("SG has only 1,000 TPP of its allocation left unconsumed"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        BigDecimal[] ledger = ledger("SG");
        assertThat(ledger[1]).as("consumed never exceeds allocated").isLessThanOrEqualTo(ledger[0]);
        SignIn.as(users, "reviewer1");
        List<ApplicationStatus> statuses = List.of(applications.find(first.reference()).orElseThrow().status(),
                applications.find(second.reference()).orElseThrow().status());
        assertThat(statuses).containsExactlyInAnyOrder(ApplicationStatus.APPROVED, ApplicationStatus.UNDER_REVIEW);
    }

    private Callable<String> approveAs(String reviewer, String reference, CountDownLatch go) {
        return () -> {
            SignIn.as(users, reviewer);
            go.await();
            try {
                review.approve(reference, "Within the allocation; end user verified.");
                return "approved";
            } catch (ReviewRefusedException refused) {
                return refused.getMessage();
            } finally {
                SignIn.out();
            }
        };
    }

    private CaseDetails submit(String destination) {
        CaseDetails details = applications.find(Cases.in(context).filed("exporter1", destination)).orElseThrow();
        assertThat(details.outcome()).isEqualTo("LICENCE_REQUIRED");
        SignIn.out();
        return details;
    }

    private void claim(String reviewer, String reference) {
        SignIn.as(users, reviewer);
        review.claim(reference);
        SignIn.out();
    }

    private void decide(String reviewer, String reference, boolean approve) {
        claim(reviewer, reference);
        SignIn.as(users, reviewer);
        if (approve) {
            review.approve(reference, "End user verified; allocation available.");
        } else {
            review.deny(reference, DenialReason.OTHER, "End use not credible for this consignee.");
        }
        SignIn.out();
    }

    /** allocated, consumed, reserved of a destination's account in the 2025-2027 period. */
    private BigDecimal[] ledger(String country) {
        return jdbc.queryForObject("select allocated_tpp, consumed_tpp, reserved_tpp from allocation_ledger "
                + "where country = ? and period = '2025-2027'", (rs, i) -> new BigDecimal[] {rs.getBigDecimal(1),
                        rs.getBigDecimal(2), rs.getBigDecimal(3)}, country);
    }
}
