package com.tierline.rfi.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestForInformationRepository extends JpaRepository<RequestForInformation, Long> {
    List<RequestForInformation> findByApplicationIdOrderByAskedAtAscIdAsc(Long applicationId);
}
