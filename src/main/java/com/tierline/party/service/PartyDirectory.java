package com.tierline.party.service;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.party.domain.Lei;
import com.tierline.party.domain.PartyAlias;
import com.tierline.party.domain.PartyStatus;
import com.tierline.party.domain.RegisteredParty;
import com.tierline.party.domain.RegisteredPartyRepository;
import com.tierline.party.domain.VeuAuthorisation;
import com.tierline.party.domain.VeuAuthorisationRepository;
import com.tierline.party.domain.VeuKind;
import com.tierline.screening.domain.PartyNames;
import com.tierline.screening.service.ScreeningService;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' side of the registered-party directory; every change is audited in its transaction. */
@Service
@RolesAllowed(Role.ADMIN_)
public class PartyDirectory {

    private static final BigDecimal MAX_FLEET_TPP = new BigDecimal("1000000000000000");

    private final RegisteredPartyRepository parties;
    private final VeuAuthorisationRepository authorisations;
    private final ScreeningService screening;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartyDirectory(RegisteredPartyRepository parties, VeuAuthorisationRepository authorisations,
            ScreeningService screening, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.parties = parties;
        this.authorisations = authorisations;
        this.screening = screening;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every party, provisional ones first (they wait for a decision), with its authorisations. */
    @Transactional(readOnly = true)
    public List<PartyView> all() {
        return parties.findAllByOrderByProvisionalDescNameAsc().stream().map(this::view).toList();
    }

    /** Registers a new, confirmed party; answers its id. */
    @Transactional
    public Long register(PartyDetails details) {
        RegisteredParty party = new RegisteredParty(false, clock.instant(), currentUser.actorName());
        describe(party, details);
        parties.save(party);
        audit("party.registered", party, Map.of());
        return party.getId();
    }

    @Transactional
    public void update(Long id, PartyDetails details) {
        RegisteredParty party = parties.findById(id).orElseThrow();
        describe(party, details);
        audit("party.updated", party, Map.of());
    }

    /** A provisional party is the identity it claims to be. */
    @Transactional
    public void confirm(Long id) {
        RegisteredParty party = parties.findById(id).orElseThrow();
        party.confirm();
        audit("party.confirmed", party, Map.of());
    }

    /**
     * A provisional (or duplicate) party is another one: from now on its cases count towards the target's totals,
     * and its name becomes one of the target's aliases. Nothing filed is rewritten.
     */
    @Transactional
    public void merge(Long id, Long intoId) {
        if (id.equals(intoId)) {
            throw new PartyRefusedException(Map.of("mergeInto", "Choose another party to merge into"));
        }
        RegisteredParty party = parties.findById(id).orElseThrow();
        RegisteredParty target = parties.findById(intoId).filter(t -> t.getStatus() == PartyStatus.ACTIVE)
                .orElseThrow(() -> new PartyRefusedException(Map.of("mergeInto", "That party is no longer active")));
        party.mergeInto(target.getId());
        List<PartyAlias> aliases = new java.util.ArrayList<>(target.getAliases());
        if (aliases.stream().noneMatch(a -> a.identityKey().equals(party.getIdentityKey()))) {
            aliases.add(new PartyAlias(party.getName(), party.getIdentityKey()));
        }
        target.describe(target.getName(), target.getIdentityKey(), target.getCountry(),
                target.getHeadquartersCountry(), target.getParentName(), target.getParentCountry(),
                target.getParentPartyId(), target.getLei(), aliases);
        audit("party.merged", party, Map.of("into", target.getId(), "intoName", target.getName()));
    }

    /** Grants a VEU authorisation; a changed authorisation is granted anew, never edited. */
    @Transactional
    public void grant(Long partyId, AuthorisationDetails a) {
        RegisteredParty party = parties.findById(partyId).orElseThrow();
        Map<String, String> errors = new TreeMap<>();
        if (a.number() == null) {
            errors.put("number", "Give the authorisation number");
        } else if (a.number().length() > 40) {
            errors.put("number", "Keep the number under 40 characters");
        } else if (authorisations.existsByNumber(a.number())) {
            errors.put("number", "Authorisation " + a.number() + " is already recorded");
        }
        if (a.kind() == null) {
            errors.put("kind", "Choose universal or national");
        } else if (a.kind() == VeuKind.NVEU && a.destinationCountry() == null) {
            errors.put("destinationCountry", "A national VEU is authorised for one destination: choose it");
        } else if (a.kind() == VeuKind.UVEU && a.destinationCountry() != null) {
            errors.put("destinationCountry", "A universal VEU is not limited to one destination: leave it empty");
        }
        if (a.destinationCountry() != null && !screening.isKnownCountry(a.destinationCountry())) {
            errors.put("destinationCountry", "Choose a country from the list");
        }
        if (a.validFrom() == null) {
            errors.put("validFrom", "Give the date the authorisation takes effect");
        } else if (a.validUntil() != null && a.validUntil().isBefore(a.validFrom())) {
            errors.put("validUntil", "The authorisation cannot end before it starts");
        }
        fleetFigure(errors, "fleetTotalTpp", a.fleetTotalTpp());
        fleetFigure(errors, "fleetTier1Tpp", a.fleetTier1Tpp());
        fleetFigure(errors, "fleetUsTpp", a.fleetUsTpp());
        fleetFigure(errors, "fleetInDestinationTpp", a.fleetInDestinationTpp());
        if (a.kind() == VeuKind.NVEU && (a.fleetTotalTpp() != null || a.fleetTier1Tpp() != null
                || a.fleetUsTpp() != null || a.fleetInDestinationTpp() != null)) {
            errors.put("fleetTotalTpp", "Only a universal VEU declares a fleet split");
        }
        if (!errors.isEmpty()) {
            throw new PartyRefusedException(errors);
        }
        authorisations.save(new VeuAuthorisation(party.getId(), a.number(), a.kind(), a.destinationCountry(),
                a.validFrom(), a.validUntil(), new VeuAuthorisation.Fleet(a.fleetTotalTpp(), a.fleetTier1Tpp(),
                        a.fleetUsTpp(), a.fleetInDestinationTpp()), clock.instant(), currentUser.actorName()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", a.number());
        payload.put("kind", a.kind().name());
        payload.put("destination", String.valueOf(a.destinationCountry()));
        payload.put("validFrom", a.validFrom().toString());
        payload.put("validUntil", String.valueOf(a.validUntil()));
        audit("party.veu-granted", party, payload);
    }

    private void describe(RegisteredParty party, PartyDetails d) {
        Map<String, String> errors = new TreeMap<>();
        if (d.name() == null) {
            errors.put("name", "Name the party");
        } else if (d.name().length() > 200) {
            errors.put("name", "Keep the name under 200 characters");
        } else if (PartyNames.identityKey(d.name()).isEmpty()) {
            errors.put("name", "Give a name with letters or digits, not only a company form");
        }
        country(errors, "country", d.country(), true);
        country(errors, "headquartersCountry", d.headquartersCountry(), false);
        country(errors, "parentCountry", d.parentCountry(), false);
        if (d.parentName() != null && d.parentName().length() > 200) {
            errors.put("parentName", "Keep the parent's name under 200 characters");
        }
        if (d.parentPartyId() != null && (d.parentPartyId().equals(party.getId())
                || !parties.existsById(d.parentPartyId()))) {
            errors.put("parentPartyId", "Choose another registered party as the parent");
        }
        String lei = Lei.normalise(d.lei());
        if (lei != null) {
            String problem = Lei.problem(lei);
            if (problem != null) {
                errors.put("lei", problem);
            } else if (party.getId() == null ? parties.existsByLei(lei) : parties.existsByLeiAndIdNot(lei,
                    party.getId())) {
                errors.put("lei", "Another registered party has this LEI");
            }
        }
        List<PartyAlias> aliases = new java.util.ArrayList<>();
        for (String alias : d.aliases()) {
            String key = PartyNames.identityKey(alias);
            if (alias.length() > 200 || key.isEmpty()) {
                errors.put("aliases", "Each alias needs letters or digits and at most 200 characters: \"" + alias
                        + "\" has not");
            }
            aliases.add(new PartyAlias(alias, key));
        }
        if (!errors.isEmpty()) {
            throw new PartyRefusedException(errors);
        }
        party.describe(d.name(), PartyNames.identityKey(d.name()), d.country(), d.headquartersCountry(),
                d.parentName(), d.parentCountry(), d.parentPartyId(), lei, aliases);
    }

    private void country(Map<String, String> errors, String field, String code, boolean required) {
        if (code == null) {
            if (required) {
                errors.put(field, "Choose the country");
            }
        } else if (!screening.isKnownCountry(code) || code.length() != 2) {
            errors.put(field, "Choose a country from the list");
        }
    }

    private static void fleetFigure(Map<String, String> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_FLEET_TPP) > 0 || value.scale() > 2)) {
            errors.put(field, "Give fleet figures from 0 to 1,000,000,000,000,000 TPP with at most two decimals");
        }
    }

    private PartyView view(RegisteredParty p) {
        return new PartyView(p.getId(), p.getName(), p.getAliases().stream().map(PartyAlias::name).toList(),
                p.getCountry(), p.getHeadquartersCountry(), p.getParentName(), p.getParentCountry(),
                p.getParentPartyId(), p.getLei(), p.getStatus(), p.isProvisional(), p.getMergedIntoId(),
                authorisations.findByPartyIdOrderByValidFromAsc(p.getId()).stream().map(a -> {
                    VeuAuthorisation.Fleet f = a.fleet();
                    return new PartyView.Authorisation(a.getNumber(), a.getKind(), a.getDestinationCountry(),
                            a.getValidFrom(), a.getValidUntil(), f.totalTpp(), f.tier1Tpp(), f.usTpp(),
                            f.inDestinationTpp());
                }).toList());
    }

    private void audit(String action, RegisteredParty party, Map<String, ?> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("party", party.getId());
        payload.put("name", party.getName());
        payload.putAll(extra);
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload));
    }
}
