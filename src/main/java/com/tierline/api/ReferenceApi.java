package com.tierline.api;

import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.ChainVerification;
import com.tierline.audit.service.Checkpoints;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Thresholds;
import com.tierline.screening.service.RuleSetCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule set in force, and for auditors the audit chain's verification and its signed checkpoints. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class ReferenceApi {

    private final RuleSetCatalog ruleSets;
    private final AuditTrail audit;
    private final Checkpoints checkpoints;

    ReferenceApi(RuleSetCatalog ruleSets, AuditTrail audit, Checkpoints checkpoints) {
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    record RuleSetResponse(String version, LocalDate effectiveFrom, Thresholds thresholds, List<CountryTier> countries,
            List<ChipSpec> chips, List<String> governmentToGovernmentCountries) {
    }

    @Tag(name = "Rule sets")
    @Operation(summary = "The rule-set version in force: tiers, thresholds, allocations and the chip catalogue")
    @GetMapping("/rulesets/current")
    RuleSetResponse currentRuleSet() {
        RuleSet current = ruleSets.current();
        return new RuleSetResponse(current.version(), current.effectiveFrom(), current.thresholds(),
                current.countries().values().stream().sorted(Comparator.comparing(CountryTier::iso2)).toList(),
                current.chips().values().stream().sorted(Comparator.comparing(ChipSpec::model)).toList(),
                current.g2gCountries().stream().sorted().toList());
    }

    @Tag(name = "Audit")
    @Operation(summary = "Recompute the hash chain of the audit log (auditors only)")
    @GetMapping("/audit/verification")
    ChainVerification verifyAuditChain() {
        return audit.verify();
    }

    @Tag(name = "Audit")
    @Operation(summary = "Sign the audit chain's head and list every signed checkpoint with the public keys that "
            + "check them (auditors only); each signature is Ed25519 over the lines: format, sequence, hash, "
            + "signedAt, keyId")
    @GetMapping("/audit/checkpoints")
    Checkpoints.Published auditCheckpoints() {
        return checkpoints.published();
    }
}
