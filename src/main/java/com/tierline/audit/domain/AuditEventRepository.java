package com.tierline.audit.domain;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete method exists on purpose. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCaseReferenceOrderBySequence(String caseReference);

    @Query("select e from AuditEvent e order by e.sequence")
    Stream<AuditEvent> streamAll();

    long count();
}
