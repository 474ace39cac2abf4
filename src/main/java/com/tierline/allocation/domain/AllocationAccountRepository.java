package com.tierline.allocation.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AllocationAccountRepository extends JpaRepository<AllocationAccount, AllocationAccount.Key> {

    /** Locks the account so that two approvals for the last of an allocation are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AllocationAccount a where a.key = :key")
    Optional<AllocationAccount> lock(AllocationAccount.Key key);

    @Query("select a from AllocationAccount a where a.key.period = :period order by a.key.country")
    List<AllocationAccount> findByPeriod(String period);
}
