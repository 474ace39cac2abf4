package com.tierline.application.service;

import com.tierline.application.domain.Particulars;
import com.tierline.identity.domain.Organisation;
import com.tierline.screening.domain.FieldError;
import com.tierline.screening.domain.InvalidScreeningRequestException;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.service.RuleSetCatalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The checks a draft passes before it is kept or filed: Bean Validation for the form's own rules, then the
 * screener's input checks, all as field messages keyed by the draft's own property names.
 */
@Component
class DraftChecks {

    private final Validator validator;
    private final RuleSetCatalog ruleSets;
    private final ScreeningRequests requests;
    private final Clock clock;

    DraftChecks(Validator validator, RuleSetCatalog ruleSets, ScreeningRequests requests, Clock clock) {
        this.validator = validator;
        this.ruleSets = ruleSets;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * A draft may be saved half-filled, so only what is there is checked (formats, ranges, known codes); submitting
     * ({@code complete}) also requires everything the decision needs.
     */
    void validate(ApplicationDraft draft, Organisation organisation, boolean complete) {
        Map<String, String> errors = new TreeMap<>();
        boolean screenable = true;
        for (ConstraintViolation<ApplicationDraft> v : validator.validate(draft)) {
            if (complete || !isRequirement(v)) {
                errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
            }
            screenable &= !isBeyondLimits(v);
        }
        // Figures past their limits or too many lines are reported on their own: screening them is pointless work.
        if (screenable) {
            Particulars particulars = DraftMapping.toParticulars(draft);
            var inForce = particulars.shipmentDate() == null ? java.util.Optional.of(ruleSets.current())
                    : ruleSets.findInForceOn(particulars.shipmentDate());
            if (inForce.isEmpty()) {
                errors.putIfAbsent("shipmentDate", "No rule set is in force on " + particulars.shipmentDate()
                        + ": give a shipment date on or after the first rule set's effective date");
                throw new InvalidApplicationException(errors);
            }
            RuleSet ruleSet = inForce.get();
            ScreeningRequest request = requests.inputOnly(particulars, DraftMapping.links(draft), DraftMapping.toLineItems(draft),
                    clock.instant());
            for (FieldError e : Screener.validate(request, ruleSet)) {
                if (complete || e.problem() == FieldError.Problem.UNKNOWN) {
                    errors.putIfAbsent(draftField(e.field()), e.message());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private static boolean isBeyondLimits(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == DecimalMax.class || type == Digits.class || type == Max.class
                || type == Size.class && "items".equals(violation.getPropertyPath().toString());
    }

    /** The checks a half-filled draft must already pass (ranges, decimals, characters), before it is even screened. */
    void validateWhatIsThere(ApplicationDraft draft) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<ApplicationDraft> v : validator.validate(draft)) {
            if (!isRequirement(v)) {
                errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private static boolean isRequirement(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == jakarta.validation.constraints.NotBlank.class || type == jakarta.validation.constraints.NotNull.class
                || type == jakarta.validation.constraints.NotEmpty.class
                || type == jakarta.validation.constraints.AssertTrue.class;
    }

    /** Screener field paths ("consignee.headquartersCountry", "veu.fleetTotalTpp") as the draft's properties. */
    private static String draftField(String screenerField) {
        return switch (screenerField) {
            case "consignee.country" -> "consigneeCountry";
            case "consignee.headquartersCountry" -> "consigneeHeadquartersCountry";
            case "endUser.country" -> "endUserCountry";
            case "ultimateEndUser.country" -> "ultimateEndUserCountry";
            default -> screenerField.startsWith("veu.fleet") ? screenerField.substring(4) : screenerField;
        };
    }

    /** The rule set in force on the intended shipment date where one is given, otherwise today (RULES.md §3.1). */
    RuleSet ruleSetOn(LocalDate shipmentDate) {
        if (shipmentDate == null) {
            return ruleSets.current();
        }
        return ruleSets.findInForceOn(shipmentDate).orElseThrow(() -> new InvalidScreeningRequestException(
                List.of(FieldError.invalid("shipmentDate", "No rule set is in force on " + shipmentDate
                        + ": give a shipment date on or after the first rule set's effective date"))));
    }
}
