package com.tierline.party.service;

import com.tierline.identity.domain.Role;
import com.tierline.party.domain.PartyAlias;
import com.tierline.party.domain.PartyStatus;
import com.tierline.party.domain.RegisteredParty;
import com.tierline.party.domain.RegisteredPartyRepository;
import com.tierline.party.domain.VeuAuthorisation;
import com.tierline.party.domain.VeuAuthorisationRepository;
import com.tierline.screening.domain.PartyNames;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a consignee or end user as an application names it into a registered party (RULES.md §3.1): the party
 * picked, else one whose name or alias has the same identity key (confusable skeleton, company forms dropped), else
 * a confirmed party in the same country whose key is at least {@link #SIMILARITY} alike by Jaro–Winkler. Reading
 * methods are open to the process's own steps (which run as "system"); they return directory facts only, never
 * another organisation's figures.
 */
@Service
public class PartyResolver {

    /**
     * Jaro–Winkler similarity of identity keys from which a typed name counts as a registered party: "Sandgrouse
     * Compute" and "Sandgrouse Computing" (0.94) are one consignee. Only confirmed parties in the same country are
     * candidates, and every such join is flagged on the screening, so a reviewer sees it.
     */
    public static final double SIMILARITY = 0.94;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final RegisteredPartyRepository parties;
    private final VeuAuthorisationRepository authorisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartyResolver(RegisteredPartyRepository parties, VeuAuthorisationRepository authorisations,
            ApplicationEventPublisher events, Clock clock) {
        this.parties = parties;
        this.authorisations = authorisations;
        this.events = events;
        this.clock = clock;
    }

    /** The party an application means: {@code pickedId} if given, else the typed name matched as described. */
    @Transactional(readOnly = true)
    public Optional<Resolution> resolve(Long pickedId, String typedName, String country) {
        if (pickedId != null) {
            return parties.findById(pickedId).map(this::survivor).map(p -> resolution(p, typedName,
                    Resolution.How.PICKED));
        }
        String key = PartyNames.identityKey(typedName);
        if (key.isEmpty() || country == null) {
            return Optional.empty();
        }
        List<RegisteredParty> same = parties.findActiveByKey(key, country);
        if (!same.isEmpty()) {
            RegisteredParty p = same.stream().filter(c -> !c.isProvisional()).findFirst().orElse(same.get(0));
            return Optional.of(resolution(p, typedName,
                    key.equals(p.getIdentityKey()) ? Resolution.How.NAME : Resolution.How.ALIAS));
        }
        return parties.findConfirmedIn(country).stream()
                .map(p -> Map.entry(p, similarity(key, p)))
                .filter(e -> e.getValue() >= SIMILARITY)
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(e -> resolution(e.getKey(), typedName, Resolution.How.SIMILAR));
    }

    /** An active, confirmed party by id (what an exporter may pick), or empty. */
    @RolesAllowed({Role.EXPORTER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Optional<PartyChoice> pickable(Long id) {
        return parties.findById(id).filter(p -> p.getStatus() == PartyStatus.ACTIVE && !p.isProvisional())
                .map(p -> new PartyChoice(p.getId(), p.getName(), p.getCountry()));
    }

    /** Every party an exporter may pick on the form, by name. */
    @RolesAllowed({Role.EXPORTER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<PartyChoice> choices() {
        return parties.findByStatusOrderByNameAsc(PartyStatus.ACTIVE).stream().filter(p -> !p.isProvisional())
                .map(p -> new PartyChoice(p.getId(), p.getName(), p.getCountry())).toList();
    }

    /**
     * At filing (never at a pre-screen): the party a name resolves to, or a new provisional one for an administrator
     * to confirm or merge. Answers the party's id.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public long atFiling(Long pickedId, String typedName, String country, String actor, String caseReference) {
        Optional<Resolution> known = resolve(pickedId, typedName, country);
        if (known.isPresent()) {
            return known.get().partyId();
        }
        RegisteredParty created = new RegisteredParty(true, clock.instant(), actor);
        created.describe(typedName.trim(), PartyNames.identityKey(typedName), country, null, null, null, null, null,
                List.of());
        parties.save(created);
        events.publishEvent(new AuditableAction(actor, "party.provisional-created", caseReference,
                Map.of("party", created.getId(), "name", created.getName(), "country", country)));
        return created.getId();
    }

    /**
     * The first of the parties (in order) holding a VEU authorisation valid on the date: preferably one that covers
     * the destination. An expired or not yet valid authorisation gives no status.
     */
    @Transactional(readOnly = true)
    public Optional<VeuStanding> veuStanding(List<Long> partyIds, String destination, LocalDate on) {
        for (Long id : partyIds) {
            if (id == null) {
                continue;
            }
            RegisteredParty party = parties.findById(id).map(this::survivor).orElse(null);
            if (party == null) {
                continue;
            }
            // One for this destination if there is; else a national one valid elsewhere, which the screener
            // reports as "authorised for … only" rather than leaving silent.
            List<VeuAuthorisation> valid = authorisations.findByPartyIdOrderByValidFromAsc(party.getId()).stream()
                    .filter(a -> a.validOn(on)).toList();
            Optional<VeuAuthorisation> covering = valid.stream().filter(a -> a.covers(destination, on))
                    .reduce((first, later) -> later).or(() -> valid.stream().reduce((first, later) -> later));
            if (covering.isPresent()) {
                VeuAuthorisation a = covering.get();
                String hq = party.getHeadquartersCountry() != null ? party.getHeadquartersCountry()
                        : party.getCountry();
                return Optional.of(new VeuStanding(party.getId(), party.getName(), a.getKind(), a.getNumber(), hq,
                        a.getDestinationCountry(), a.fleet()));
            }
        }
        return Optional.empty();
    }

    /** A merged party's cases count for the party it was merged into. */
    private RegisteredParty survivor(RegisteredParty p) {
        RegisteredParty current = p;
        for (int hops = 0; current.getStatus() == PartyStatus.MERGED && hops < 10; hops++) {
            current = parties.findById(current.getMergedIntoId()).orElseThrow();
        }
        return current;
    }

    private Resolution resolution(RegisteredParty p, String typedName, Resolution.How how) {
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        collect(p, ids, keys, 0);
        String parentCountry = p.getParentCountry();
        if (parentCountry == null && p.getParentPartyId() != null) {
            parentCountry = parties.findById(p.getParentPartyId()).map(parent -> parent.getHeadquartersCountry() != null
                    ? parent.getHeadquartersCountry() : parent.getCountry()).orElse(null);
        }
        return new Resolution(p.getId(), p.getName(), typedName == null ? p.getName() : typedName.trim(), how, ids,
                keys, p.getHeadquartersCountry(), parentCountry);
    }

    private void collect(RegisteredParty p, Set<Long> ids, Set<String> keys, int depth) {
        if (!ids.add(p.getId()) || depth > 10) {
            return;
        }
        keys.add(p.getIdentityKey());
        p.getAliases().stream().map(PartyAlias::identityKey).forEach(keys::add);
        parties.findByMergedIntoId(p.getId()).forEach(m -> collect(m, ids, keys, depth + 1));
    }

    private static double similarity(String key, RegisteredParty p) {
        double best = JARO_WINKLER.apply(key, p.getIdentityKey());
        for (PartyAlias alias : p.getAliases()) {
            best = Math.max(best, JARO_WINKLER.apply(key, alias.identityKey()));
        }
        return best;
    }
}
