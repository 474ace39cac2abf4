package com.tierline.party.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VeuAuthorisationRepository extends JpaRepository<VeuAuthorisation, Long> {

    List<VeuAuthorisation> findByPartyIdOrderByValidFromAsc(Long partyId);

    List<VeuAuthorisation> findByPartyIdIn(Collection<Long> partyIds);

    boolean existsByNumber(String number);
}
