package com.tierline.application.service;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws case numbers from {@code licence_application_seq}, asking Hibernate's dialect for the SQL so it is right
 * on H2 and PostgreSQL alike. Sequences never hand out a number twice, even across nodes.
 */
@Component
class ApplicationNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    ApplicationNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("licence_application_seq");
    }

    long next() {
        return ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
    }
}
