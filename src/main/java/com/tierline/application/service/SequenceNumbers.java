package com.tierline.application.service;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.dialect.Dialect;
import org.springframework.stereotype.Component;

/**
 * Draws numbers from database sequences (case, licence and appeal numbers), asking Hibernate's dialect for the
 * SQL so it is right on H2 and PostgreSQL alike. Sequences never hand out a number twice, even across nodes.
 */
@Component
public class SequenceNumbers {

    private final EntityManager entityManager;
    private final Dialect dialect;

    SequenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.dialect = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
    }

    public long next(String sequence) {
        String sql = dialect.getSequenceSupport().getSequenceNextValString(sequence);
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
