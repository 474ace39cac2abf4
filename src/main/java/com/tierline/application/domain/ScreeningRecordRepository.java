package com.tierline.application.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRecordRepository extends JpaRepository<ScreeningRecord, Long> {
    Optional<ScreeningRecord> findFirstByApplicationIdOrderByScreenedAtDescIdDesc(Long applicationId);

    java.util.List<ScreeningRecord> findByApplicationIdOrderByScreenedAtAscIdAsc(Long applicationId);
}
