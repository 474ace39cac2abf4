package com.tierline.notification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentMailRepository extends JpaRepository<SentMail, Long> {

    List<SentMail> findByRecipientOrderByIdAsc(String recipient);
}
