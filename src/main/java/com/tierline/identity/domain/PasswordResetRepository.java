package com.tierline.identity.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordReset> findByTokenHash(String tokenHash);
}
