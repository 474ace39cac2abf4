package com.tierline.history.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Adds and reads history rows; deliberately no update or delete method (the history is append-only). */
public interface CaseDecisionRepository extends Repository<CaseDecision, Long> {

    CaseDecision save(CaseDecision decision);

    List<CaseDecision> findByApplicationIdOrderBySequence(Long applicationId);

    Optional<CaseDecision> findByApplicationIdAndSequence(Long applicationId, int sequence);

    @Query("select coalesce(max(d.sequence), 0) from CaseDecision d where d.applicationId = ?1")
    int lastSequence(Long applicationId);
}
