package com.tierline.identity.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.userId = :userId and c.usedAt is null")
    List<RecoveryCode> findUnused(@Param("userId") Long userId);

    /** Spends one code: 1 only for the first of any number of requests that present it. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int spend(@Param("id") Long id, @Param("now") Instant now);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteForUser(@Param("userId") Long userId);
}
