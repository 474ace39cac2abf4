package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to users for administrators, and display names for everyone who needs to show an actor. */
@Service
public class UserDirectory {

    public record UserSummary(String username, String displayName, String organisation, String team, String roles) {
    }

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllOrdered().stream().map(u -> new UserSummary(u.getUsername(), u.getDisplayName(),
                u.getOrganisation() == null ? "" : u.getOrganisation().getName(),
                u.getTeam() == null ? "" : u.getTeam().getName(),
                u.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))).toList();
    }

    @Transactional(readOnly = true)
    public String displayName(String username) {
        return Optional.ofNullable(username).flatMap(users::findByUsername).map(AppUser::getDisplayName)
                .orElse(username);
    }
}
