package com.tierline.demo;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.ItemDraft;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewService;
import com.tierline.rfi.service.InformationRequests;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Sample cases for the demo, so that every role finds work on first sign-in: a queue with open, claimed,
 * Tier 3 and escalated cases, a request for information waiting for the exporter, decided cases with a licence
 * and a denial, an authorised Tier 1 case and a draft. Filed and worked through the same services, as the demo
 * users themselves, so each case has its real process, screening and audit history. Only on an empty database.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "tierline.demo.cases", havingValue = "true")
@Order(2)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final ApplicationService applications;
    private final ReviewService review;
    private final InformationRequests informationRequests;
    private final UserDetailsService users;

    DemoCases(ApplicationService applications, ReviewService review, InformationRequests informationRequests,
            UserDetailsService users) {
        this.applications = applications;
        this.review = review;
        this.informationRequests = informationRequests;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            as("auditor1");
            if (applications.searchAll("", PageRequest.of(0, 1)).getTotalElements() > 0) {
                return;
            }
            as("exporter1");
            String open = file(draft("AE", "Gulf Data Centres LLC", "H100-SXM5-80GB", 2000,
                    "Training Arabic language models for government services."));
            String claimed = file(draft("IN", "Bharat Compute Pvt Ltd", "H200-SXM-141GB", 2400,
                    "Inference cluster for a national health-records assistant."));
            String approved = file(draft("BR", "Rio Cloud Servicos SA", "H100-SXM5-80GB", 2200,
                    "University consortium training climate models."));
            file(draft("JP", "Tokyo Research Computing KK", "B200", 500, "Public research supercomputer."));
            String draft = applications.saveDraft(null, draft("MX", "Monterrey Datos SA de CV", "H100-PCIe-80GB",
                    300, "Media rendering and recommendation models."));
            as("exporter2");
            String asked = file(draft("SA", "Riyadh AI Campus Co", "H100-SXM5-80GB", 3000,
                    "Sovereign cloud for Arabic speech recognition."));
            as("exporter3");
            String tier3 = file(draft("CN", "Shenzhen Intelligent Computing Ltd", "H800-SXM5-80GB", 400,
                    "Commercial recommendation systems."));
            String escalated = file(draft("VN", "Hanoi Cloud JSC", "H100-SXM5-80GB", 3000,
                    "Colocation capacity for regional AI start-ups."));
            String denied = file(draft("TR", "Anatolia Hosting AS", "H100-SXM5-80GB", 2500,
                    "General-purpose GPU rental, customers not yet known."));

            as("reviewer1");
            review.claim(claimed);
            review.claim(asked);
            informationRequests.ask(asked, "Please name the data centre's operator and attach its security "
                    + "certification.");
            review.claim(denied);
            review.deny(denied, DenialReason.END_USE_NOT_CREDIBLE, "The end users are unknown; rental to "
                    + "unnamed customers cannot be assessed for diversion.");
            as("reviewer2");
            review.claim(approved);
            review.approve(approved, "Named university end users, certified data centre, within the allocation.");
            review.claim(escalated);
            review.escalate(escalated, "Large volume for a new colocation provider; needs a senior view.");
            log.info("Demo cases filed: {} (open), {} (claimed by reviewer1), {} (awaiting exporter2), {} (Tier 3), "
                    + "{} (escalated), {} (approved), {} (denied), draft {}", open, claimed, asked, tier3, escalated,
                    approved, denied, draft);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String file(ApplicationDraft draft) {
        return applications.file(draft).reference();
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static ApplicationDraft draft(String destination, String consignee, String model, int quantity,
            String endUse) {
        ApplicationDraft d = new ApplicationDraft();
        d.setDestinationCountry(destination);
        d.setDeclarationAccepted(true);
        d.setConsigneeName(consignee);
        d.setConsigneeCountry(destination);
        d.setEndUserName(consignee);
        d.setEndUserCountry(destination);
        d.setEndUse(endUse);
        d.setItems(List.of(new ItemDraft(model, model, null, null, quantity, new BigDecimal("25000"))));
        return d;
    }
}
