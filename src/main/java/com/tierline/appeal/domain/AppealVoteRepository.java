package com.tierline.appeal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealVoteRepository extends JpaRepository<AppealVote, Long> {
    List<AppealVote> findByAppealIdOrderById(Long appealId);
}
