package com.tierline.notification.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentMailRepository extends JpaRepository<SentMail, Long> {

    List<SentMail> findByRecipientOrderByIdAsc(String recipient);

    List<SentMail> findByMailIdOrderByIdAsc(String mailId);

    List<SentMail> findAllByOrderByIdDesc(Pageable page);

    List<SentMail> findByRecipientContainingIgnoreCaseOrderByIdDesc(String recipient, Pageable page);
}
