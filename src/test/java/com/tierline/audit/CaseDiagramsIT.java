package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.audit.service.CaseDiagrams;
import com.tierline.audit.service.CaseDiagrams.Diagram;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.support.Timers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The auditor's process diagram: the path each run took, in red, from the engine's history. */
@TierlineIT
class CaseDiagramsIT {

    /** What a Tier 3 denial passes through, flows and steps, from filing to the end event. */
    static final List<String> DENIAL_FLOWS = List.of("toPreScreen", "toRouting", "toPresumedDenial",
            "presumedToDecision", "presumedDenied");

    @Autowired AppealService appeals;
    @Autowired CaseDiagrams diagrams;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDeniedCaseShowsItsDenialPathInRedAndHasEnded() throws Exception {
        String reference = deniedTier3Case();
        SignIn.as(users, "auditor1");
        Diagram denial = onlyRun(reference);
        assertThat(denial.flowsTaken()).containsExactlyElementsOf(DENIAL_FLOWS);
        assertThat(denial.activitiesTaken()).containsExactly("submitted", "preScreen", "routeByOutcome",
                "presumedDenialReview", "presumedDecision", "denied");
        assertThat(denial.ended()).isTrue();
        assertThat(denial.currentSteps()).isEmpty();
        BufferedImage image = drawn(denial, "22-diagram-denial");
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(800);
        assertThat(redPixels(image)).as("the path is drawn in red").isGreaterThan(2_000);
    }

    @Test
    void aCaseReopenedByAnUpheldAppealKeepsItsDenialRunAndShowsWhereTheNewRunWaits() throws Exception {
        String reference = deniedTier3Case();
        String appeal = Cases.in(context).appealed("exporter1", reference,
                "The end user is a civil weather institute; see the enclosed certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");

        SignIn.as(users, "auditor1");
        List<Diagram> runs = diagrams.runsOf(reference);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).flowsTaken()).as("the denial before the appeal").containsAll(DENIAL_FLOWS);
        assertThat(runs.get(0).ended()).isTrue();
        assertThat(runs.get(1).flowsTaken()).containsExactly("toPreScreen", "toRouting", "toPresumedDenial");
        assertThat(runs.get(1).currentSteps()).containsExactly("Review (presumption of denial)");

        Diagram upheld = onlyRun(appeal);
        assertThat(upheld.flowsTaken()).containsExactly("toReview", "toDecision", "reviewUpholds", "toUpheld");
        assertThat(upheld.activitiesTaken()).endsWith("upholdAppeal", "upheld");
        assertThat(redPixels(drawn(upheld, "23-diagram-appeal-upheld"))).isGreaterThan(1_000);
        drawn(runs.get(1), "23-diagram-reopened");
    }

    @Test
    void aFiredSlaWarningIsOnThePathAndTheBreachTimerThatHasNotFiredIsNot() {
        Cases cases = Cases.in(context);
        String reference = cases.filed("exporter1", "AE");
        Timers.in(context).fire(cases.seenByAuditor(reference).processInstanceId(), "reviewSlaWarning");

        SignIn.as(users, "auditor1");
        Diagram diagram = onlyRun(reference);
        assertThat(diagram.activitiesTaken()).contains("reviewSlaWarning", "warnReview", "reviewWarnedEnd")
                .doesNotContain("reviewSlaBreach", "markReviewOverdue");
        assertThat(diagram.flowsTaken()).contains("reviewWarn", "reviewWarned");
        assertThat(diagram.currentSteps()).containsExactly("Review");
        assertThat(diagram.ended()).isFalse();
    }

    private String deniedTier3Case() {
        return Cases.in(context).denied("exporter1", "CN", "reviewer1",
                "Presumption of denial not rebutted by the file.");
    }

    /** The diagram of the one run there is for {@code reference} (a case never reopened, or an appeal). */
    private Diagram onlyRun(String reference) {
        List<Diagram> runs = diagrams.runsOf(reference);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    /** The picture as the auditor gets it, also kept under target/diagrams for looking at. */
    private static BufferedImage drawn(Diagram diagram, String name) throws Exception {
        Files.createDirectories(Path.of("target", "diagrams"));
        Files.write(Path.of("target", "diagrams", name + ".png"), diagram.png());
        return ImageIO.read(new ByteArrayInputStream(diagram.png()));
    }

    private static int redPixels(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if ((argb >>> 24) > 200 && r > 200 && g < 80 && b < 80) {
                    red++;
                }
            }
        }
        return red;
    }
}
