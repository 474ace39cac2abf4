package com.tierline.routing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRoutingRepository extends JpaRepository<CaseRouting, Long> {

    List<CaseRouting> findByCaseReferenceOrderById(String caseReference);

    boolean existsByApplicationId(long applicationId);
}
