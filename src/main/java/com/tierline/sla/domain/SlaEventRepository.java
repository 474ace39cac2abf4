package com.tierline.sla.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaEventRepository extends JpaRepository<SlaEvent, Long> {
    List<SlaEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(Long applicationId);
}
