package com.tierline.routing.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DefaultTeamChoiceRepository extends JpaRepository<DefaultTeamChoice, Long> {

    Optional<DefaultTeamChoice> findFirstByOrderByIdDesc();
}
