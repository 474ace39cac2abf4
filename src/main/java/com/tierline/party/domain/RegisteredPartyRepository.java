package com.tierline.party.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegisteredPartyRepository extends JpaRepository<RegisteredParty, Long> {

    List<RegisteredParty> findByStatusOrderByNameAsc(PartyStatus status);

    List<RegisteredParty> findAllByOrderByProvisionalDescNameAsc();

    /** Active parties in a country whose name or an alias has this identity key. */
    @Query("""
            select distinct p from RegisteredParty p left join p.aliases a
            where p.status = com.tierline.party.domain.PartyStatus.ACTIVE and p.country = :country
              and (p.identityKey = :key or a.identityKey = :key)
            order by p.id
            """)
    List<RegisteredParty> findActiveByKey(String key, String country);

    /** Confirmed (not provisional) active parties in a country: the candidates for a close match. */
    @Query("""
            select p from RegisteredParty p
            where p.status = com.tierline.party.domain.PartyStatus.ACTIVE and p.provisional = false
              and p.country = :country order by p.id
            """)
    List<RegisteredParty> findConfirmedIn(String country);

    List<RegisteredParty> findByMergedIntoId(Long id);

    boolean existsByLeiAndIdNot(String lei, Long id);

    boolean existsByLei(String lei);
}
