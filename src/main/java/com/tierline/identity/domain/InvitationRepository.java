package com.tierline.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /** Locked, so that two tabs accepting the same link cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(Long organisationId);
}
