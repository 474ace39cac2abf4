package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Every problem with a screening request's input, each addressed to its field (none is silently ignored). */
final class RequestChecks {

    static final int MAX_QUANTITY = 10_000_000;
    static final BigDecimal MAX_DENSITY = new BigDecimal("1000");

    private RequestChecks() {
    }

    static List<FieldError> validate(ScreeningRequest r, RuleSet ruleSet) {
        List<FieldError> errors = new ArrayList<>();
        if (r.destinationCountry() == null || r.destinationCountry().isBlank()) {
            errors.add(FieldError.missing("destinationCountry", "Choose the destination country"));
        } else if (ruleSet.country(r.destinationCountry()).isEmpty()) {
            errors.add(FieldError.unknown("destinationCountry", "Unknown country code " + r.destinationCountry()));
        }
        checkParty("consignee", r.consignee(), ruleSet, errors);
        checkParty("endUser", r.endUser(), ruleSet, errors);
        checkParty("ultimateEndUser", r.ultimateEndUser(), ruleSet, errors);
        checkParty("purchaser", r.purchaser(), ruleSet, errors);
        if (r.intermediateConsignees().size() > Screener.MAX_INTERMEDIATE_CONSIGNEES) {
            errors.add(FieldError.invalid("intermediateConsignees", "At most "
                    + Screener.MAX_INTERMEDIATE_CONSIGNEES + " intermediate consignees per request"));
        }
        for (int i = 0; i < r.intermediateConsignees().size(); i++) {
            checkParty("intermediateConsignees[" + i + "]", r.intermediateConsignees().get(i), ruleSet, errors);
        }
        checkCountry("dataCentre.country", r.dataCentreCountry(), ruleSet, errors);
        if (r.items().isEmpty()) {
            errors.add(FieldError.missing("items", "Add at least one item"));
        } else if (r.items().size() > Screener.MAX_ITEMS) {
            errors.add(FieldError.invalid("items", "At most " + Screener.MAX_ITEMS + " item lines per request"));
        }
        for (int i = 0; i < r.items().size() && i < Screener.MAX_ITEMS; i++) {
            checkItem("items[" + i + "].", r.items().get(i), ruleSet, errors);
        }
        if (r.consigneeLppUsedTpp().signum() < 0) {
            errors.add(FieldError.invalid("consigneeLppUsedTpp", "Earlier low-volume use cannot be negative"));
        }
        if (r.organisationLppUsedTpp() != null && r.organisationLppUsedTpp().signum() < 0) {
            errors.add(FieldError.invalid("organisationLppUsedTpp", "Earlier low-volume use cannot be negative"));
        }
        checkVeu(r.veu(), ruleSet, errors);
        return errors;
    }

    private static void checkItem(String at, ScreeningRequest.Item item, RuleSet ruleSet, List<FieldError> errors) {
        BigDecimal maxTpp = ruleSet.thresholds().maxTppPerUnit();
        if (item.quantity() < 1) {
            errors.add(FieldError.invalid(at + "quantity", "Quantity must be at least 1"));
        } else if (item.quantity() > MAX_QUANTITY) {
            errors.add(FieldError.invalid(at + "quantity", "Quantity above "
                    + Words.number(BigDecimal.valueOf(MAX_QUANTITY)) + " is not plausible: check the figure"));
        }
        var chip = item.model() == null ? java.util.Optional.<ChipSpec>empty() : ruleSet.chip(item.model());
        if (item.model() != null && chip.isEmpty()) {
            errors.add(FieldError.unknown(at + "model", "Unknown chip model \"" + item.model()
                    + "\": pick one from the catalogue, or declare its TPP and performance density"));
        } else if (item.model() == null && item.tpp() == null) {
            errors.add(FieldError.missing(at + "tpp", "Enter the TPP per unit, or pick a chip from the catalogue"));
        }
        if (item.tpp() != null && item.tpp().signum() <= 0) {
            errors.add(FieldError.invalid(at + "tpp", "TPP must be greater than zero"));
        } else if (item.tpp() != null && item.tpp().compareTo(maxTpp) > 0) {
            errors.add(FieldError.invalid(at + "tpp", "TPP above " + Words.number(maxTpp)
                    + " per unit is not a real chip: check the figure"));
        }
        BigDecimal density = item.performanceDensity();
        if (density != null && (density.signum() < 0 || density.compareTo(MAX_DENSITY) > 0)) {
            errors.add(FieldError.invalid(at + "performanceDensity", "Performance density must be between 0 and 1,000"));
        } else if (density == null && chip.isEmpty()
                && Items.unclassifiable(item.tpp(), null, ruleSet.thresholds())) {
            Thresholds t = ruleSet.thresholds();
            errors.add(FieldError.missing(at + "performanceDensity", "With a TPP from "
                    + Words.number(t.tppALowerBound()) + " up to " + Words.number(t.tppA()) + " the item may be "
                    + "3A090.a, 3A090.b or neither: declare its performance density (TPP per mm² of die area)"));
        }
    }

    private static void checkParty(String field, Party party, RuleSet ruleSet, List<FieldError> errors) {
        if (party == null) {
            return;
        }
        checkCountry(field + ".country", party.country(), ruleSet, errors);
        checkCountry(field + ".headquartersCountry", party.headquartersCountry(), ruleSet, errors);
        checkCountry(field + ".ultimateParentCountry", party.ultimateParentCountry(), ruleSet, errors);
    }

    private static void checkCountry(String field, String code, RuleSet ruleSet, List<FieldError> errors) {
        if (code != null && ruleSet.country(code).isEmpty()) {
            errors.add(FieldError.unknown(field, "Unknown country code " + code));
        }
    }

    private static void checkVeu(ValidatedEndUser veu, RuleSet ruleSet, List<FieldError> errors) {
        if (veu == null) {
            return;
        }
        if (ruleSet.country(veu.headquartersCountry()).isEmpty()) {
            errors.add(FieldError.invalid("veu.headquartersCountry",
                    "Give the validated end user's headquarters country"));
        }
        if (veu.type() == ValidatedEndUser.Type.UNIVERSAL) {
            // Missing figures are not an input error: only the UVEU path needs them, and it says so (§3.2).
            BigDecimal[] figures = {veu.fleetTotalTpp(), veu.fleetTier1Tpp(), veu.fleetUsTpp(),
                    veu.fleetInDestinationTpp()};
            String[] names = {"fleetTotalTpp", "fleetTier1Tpp", "fleetUsTpp", "fleetInDestinationTpp"};
            for (int i = 0; i < figures.length; i++) {
                if (figures[i] != null && figures[i].signum() < 0) {
                    errors.add(FieldError.invalid("veu." + names[i], "A fleet figure cannot be negative"));
                }
            }
        } else if (veu.nveuRemainingTpp() == null || veu.nveuRemainingTpp().signum() < 0) {
            errors.add(FieldError.invalid("veu.nveuRemainingTpp",
                    "The national VEU's remaining allocation is unknown"));
        }
    }
}
