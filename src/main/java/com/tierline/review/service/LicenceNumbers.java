package com.tierline.review.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Licence numbers ("TLL-2026-000042") from a database sequence: unique across nodes, never reused. */
@Component
class LicenceNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    LicenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("licence_number_seq");
    }

    String nextNumber(Instant at) {
        long next = ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
        return "TLL-%d-%06d".formatted(at.atZone(ZoneOffset.UTC).getYear(), next);
    }
}
