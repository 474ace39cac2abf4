package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile there are no built-in accounts: the first administrator comes from the
 * environment, and without it the application refuses to start rather than run with no way in.
 */
@Component
@Profile("!demo")
class AdminAccountBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    AdminAccountBootstrap(AppUserRepository users, PasswordEncoder encoder,
            @Value("${tierline.admin.username}") String username, @Value("${tierline.admin.password}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("TIERLINE_ADMIN_PASSWORD must be set (at least " + MIN_PASSWORD_LENGTH
                    + " characters) to start Tierline without the demo profile");
        }
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(username, encoder.encode(password), "Administrator", Set.of(Role.ADMIN)));
        }
    }
}
