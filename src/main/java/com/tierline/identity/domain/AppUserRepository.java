package com.tierline.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u from AppUser u order by u.username")
    List<AppUser> findAllOrdered();

    boolean existsByRolesContaining(Role role);

    boolean existsByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    /** {@code email} in its stored form ({@link AppUser#normaliseEmail}). */
    Optional<AppUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<AppUser> findByOrganisationIdOrderByUsernameAsc(Long organisationId);

    long countByRolesContainingAndEnabledTrue(Role role);

    @Query("select u from AppUser u where u.team.code = :teamCode order by u.username")
    List<AppUser> findByTeamCode(@Param("teamCode") String teamCode);

    /**
     * Takes one of the account's sign-in attempts before its password is checked: one atomic UPDATE, so that
     * parallel attempts cannot together check more than {@code max} passwords. 0 when the account is unknown,
     * disabled, locked at {@code now}, or has no attempt left.
     */
    @Modifying
    @Query("update AppUser u set u.failedSignIns = u.failedSignIns + 1 where u.username = :username "
            + "and u.enabled = true and u.failedSignIns < :max and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int claimSignInAttempt(@Param("username") String username, @Param("max") int max, @Param("now") Instant now);

    /** Locks the account once its attempts reached {@code max}; 1 for the one failure that locked it. */
    @Modifying
    @Query("update AppUser u set u.lockedUntil = :until, u.failedSignIns = 0 where u.username = :username "
            + "and u.failedSignIns >= :max")
    int lockWhenLimitReached(@Param("username") String username, @Param("max") int max,
            @Param("until") Instant until);

    @Modifying
    @Query("update AppUser u set u.failedSignIns = 0, u.lockedUntil = null where u.username = :username "
            + "and (u.failedSignIns > 0 or u.lockedUntil is not null)")
    int clearSignInFailures(@Param("username") String username);

    /** The demo profile's accounts sign in without a second factor (never called outside that profile). */
    @Modifying
    @Query("update AppUser u set u.twoFactorWaived = true where u.username in :usernames")
    int waiveTwoFactor(@Param("usernames") java.util.Collection<String> usernames);
}
