package com.tierline.party.service;

import com.tierline.party.domain.PartyAlias;
import com.tierline.party.domain.RegisteredParty;
import com.tierline.party.domain.RegisteredPartyRepository;
import com.tierline.party.domain.VeuAuthorisation;
import com.tierline.party.domain.VeuAuthorisationRepository;
import com.tierline.party.domain.VeuKind;
import com.tierline.screening.domain.PartyNames;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo registered parties (fictitious; README lists them): a consignee known under other names, a universal VEU
 * and a national VEU, so the directory's joins and VEU standing can be shown. Only in the {@code demo} profile;
 * idempotent.
 */
@Component
@Profile("demo")
@Order(2)
class DemoParties implements ApplicationRunner {

    static final String SANDGROUSE = "Sandgrouse Compute FZ-LLC";

    private final RegisteredPartyRepository parties;
    private final VeuAuthorisationRepository authorisations;
    private final Clock clock;

    DemoParties(RegisteredPartyRepository parties, VeuAuthorisationRepository authorisations, Clock clock) {
        this.parties = parties;
        this.authorisations = authorisations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!parties.findActiveByKey(PartyNames.identityKey(SANDGROUSE), "AE").isEmpty()) {
            return;
        }
        party(SANDGROUSE, "AE", null, "5493002SANDGRSE0C186", "Sandgrouse Computing LLC", "SGC Cloud");
        RegisteredParty aldgate = party("Aldgate Sovereign Compute Ltd", "AE", "GB", "984500ALDGATE0SV1727");
        // A UVEU's fleet: 81% in Tier 1 and 2.5% in the UAE, so a request of some thousand H100s still qualifies.
        authorisations.save(new VeuAuthorisation(aldgate.getId(), "UVEU-2025-0007", VeuKind.UVEU, null,
                LocalDate.of(2025, 5, 15), LocalDate.of(2029, 5, 14), new VeuAuthorisation.Fleet(
                        new BigDecimal("400000000"), new BigDecimal("324000000"), new BigDecimal("0"),
                        new BigDecimal("10000000")), clock.instant(), "system"));
        RegisteredParty najd = party("Najd Data Company", "SA", "SA", "529900NAJDDATA0C0524");
        authorisations.save(new VeuAuthorisation(najd.getId(), "NVEU-SA-2025-0002", VeuKind.NVEU, "SA",
                LocalDate.of(2025, 5, 15), LocalDate.of(2027, 12, 31), null, clock.instant(), "system"));
    }

    private RegisteredParty party(String name, String country, String headquarters, String lei, String... aliases) {
        RegisteredParty p = new RegisteredParty(false, clock.instant(), "system");
        p.describe(name, PartyNames.identityKey(name), country, headquarters, null, null, null, lei,
                List.of(aliases).stream().map(a -> new PartyAlias(a, PartyNames.identityKey(a))).toList());
        return parties.save(p);
    }
}
