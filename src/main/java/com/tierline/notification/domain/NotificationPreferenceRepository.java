package com.tierline.notification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUsername(String username);

    Optional<NotificationPreference> findByUsernameAndKind(String username, NotificationKind kind);

    /** Who, of these people, turned e-mail off for this kind. */
    List<NotificationPreference> findByKindAndByEmailFalseAndUsernameIn(NotificationKind kind,
            Collection<String> usernames);
}
