package com.tierline.identity.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    Optional<Organisation> findByName(String name);

    boolean existsByNameIgnoreCase(String name);

    java.util.List<Organisation> findByStatusOrderByIdAsc(OrganisationStatus status);
}
