package com.tierline.identity.service;

import com.tierline.identity.domain.AppUserRepository;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TierlineUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    TierlineUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> new SignedInUser(user, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
