package com.tierline.appeal.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Appeal a where a.reference = :reference")
    Optional<Appeal> lockByReference(String reference);

    List<Appeal> findByStatusInOrderByFiledAt(Collection<Appeal.Status> statuses);

    List<Appeal> findByOrganisationIdOrderByFiledAtDesc(Long organisationId);

    List<Appeal> findByApplicationIdOrderByFiledAt(Long applicationId);

    boolean existsByApplicationIdAndStatusIn(Long applicationId, Collection<Appeal.Status> statuses);
}
