package com.tierline.identity.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TwoFactorEnrolmentRepository extends JpaRepository<TwoFactorEnrolment, Long> {

    /** Spends the code of time step {@code step}: 1 only if no code of this step or a later one was accepted. */
    @Modifying
    @Query("update TwoFactorEnrolment e set e.lastUsedStep = :step where e.userId = :userId "
            + "and e.lastUsedStep < :step")
    int spendStep(@Param("userId") Long userId, @Param("step") long step);
}
