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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Schema(description = "One published version of the rules: what screening applies")
    record RuleSetResponse(@Schema(description = "The version's name", example = "2025-01-15r2") String version,
            @Schema(description = "The first day it applies to shipments") LocalDate effectiveFrom,
            @Schema(description = "Performance thresholds and volume limits") Thresholds thresholds,
            @Schema(description = "Every country with its tier, by ISO 3166-1 alpha-2 code")
            List<CountryTier> countries,
            @Schema(description = "The chip catalogue: models, aliases, performance") List<ChipSpec> chips,
            @Schema(description = "Countries with a government-to-government arrangement (alpha-2)")
            List<String> governmentToGovernmentCountries) {
    }

    @Tag(name = "Reference data", description = "The rules screening applies: country tiers, thresholds and the chip "
            + "catalogue")
    @Operation(operationId = "getCurrentRuleSet",
            summary = "The rule-set version in force: tiers, thresholds, allocations and the chip catalogue",
            description = "The version in force today, as screening and filing apply it to a shipment without a "
                    + "later date. Any signed-in user.")
    @ApiResponse(responseCode = "200", description = "The rule set in force")
    @GetMapping("/rulesets/current")
    RuleSetResponse currentRuleSet() {
        RuleSet current = ruleSets.current();
        return new RuleSetResponse(current.version(), current.effectiveFrom(), current.thresholds(),
                current.countries().values().stream().sorted(Comparator.comparing(CountryTier::iso2)).toList(),
                current.chips().values().stream().sorted(Comparator.comparing(ChipSpec::model)).toList(),
                current.g2gCountries().stream().sorted().toList());
    }

    @Tag(name = "Audit", description = "Auditors: check that the hash-chained audit log was not rewritten, and its "
            + "signed checkpoints")
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the hash chain of the audit log (auditors only)",
            description = "Reads every audit event in order and recomputes each hash from its predecessor; the "
                    + "answer says how many events were checked and the first broken sequence, if any. Nothing "
                    + "is changed.")
    @ApiResponse(responseCode = "200", description = "The result of the recomputation")
    @ApiResponse(responseCode = "403", description = "Auditors only")
    @GetMapping("/audit/verification")
    ChainVerification verifyAuditChain() {
        return audit.verify();
    }

    @Tag(name = "Audit")
    @Operation(operationId = "signAuditCheckpoint",
            summary = "Sign the audit chain's head and list every signed checkpoint (auditors only)",
            description = "Signs the chain's current head (once per head) and lists every signed checkpoint with "
                    + "the public keys that check them; each signature is Ed25519 over the lines: format, "
                    + "sequence, hash, signedAt, keyId. Keep a copy: a later rewrite of the log cannot match it.")
    @ApiResponse(responseCode = "200", description = "The checkpoints, oldest first, and the keys")
    @ApiResponse(responseCode = "403", description = "Auditors only")
    @GetMapping("/audit/checkpoints")
    Checkpoints.Published auditCheckpoints() {
        return checkpoints.published();
    }
}
