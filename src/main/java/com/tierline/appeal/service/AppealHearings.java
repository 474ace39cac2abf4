package com.tierline.appeal.service;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.domain.AppealRepository;
import com.tierline.allocation.service.AllocationLedger;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.CaseIndex;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.ScreeningService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a senior reviewer needs in view to hear an appeal: for a denial, the case as filed with every screening and
 * the decision under appeal; for a tier upgrade, where the destination stands today.
 */
@Service
public class AppealHearings {

    /** An appeal with what it is about: {@code caseUnderAppeal} for a denial, {@code standing} for a tier upgrade. */
    public record Hearing(Appeal appeal, CaseDetails caseUnderAppeal, DestinationStanding standing) {
    }

    /** A destination today: its tier and allocation under the rule set in force, and its open cases. */
    public record DestinationStanding(String country, int tier, AllocationPosition allocation, long openCases) {
    }

    private final AppealRepository appeals;
    private final ApplicationService applications;
    private final CaseIndex caseIndex;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final ScreeningService screening;

    AppealHearings(AppealRepository appeals, ApplicationService applications, CaseIndex caseIndex,
            AllocationLedger ledger, RuleSetCatalog ruleSets, ScreeningService screening) {
        this.screening = screening;
        this.appeals = appeals;
        this.applications = applications;
        this.caseIndex = caseIndex;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
    }

    @RolesAllowed({Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Optional<Hearing> hearing(String appealReference) {
        return appeals.findByReference(appealReference).map(this::hearing);
    }

    /** Every appeal of one case, oldest first, so each case page can link to its appeals. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<Appeal> appealsOfCase(String caseReference) {
        return caseIndex.idOf(caseReference).map(appeals::findByApplicationIdOrderByFiledAt)
                .orElse(List.of());
    }

    private Hearing hearing(Appeal appeal) {
        if (appeal.getKind() == Appeal.Kind.DENIAL) {
            String reference = caseIndex.referenceOf(appeal.getApplicationId());
            return new Hearing(appeal, applications.find(reference).orElseThrow(), null);
        }
        return new Hearing(appeal, null, standing(appeal.getDestinationCountry()));
    }

    private DestinationStanding standing(String country) {
        RuleSet inForce = ruleSets.current();
        CountryTier tier = inForce.country(country).orElseThrow();
        AllocationPosition allocation = tier.tier() == 2 ? ledger.position(country, inForce) : null;
        return new DestinationStanding(screening.countryLabel(country), tier.tier(), allocation,
                caseIndex.openCasesTo(country));
    }
}
