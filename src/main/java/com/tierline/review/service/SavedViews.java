package com.tierline.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved queue views: the caller's own and those shared with the caller's team. */
@Service
public class SavedViews {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedViews(JdbcTemplate jdbc, ObjectMapper json, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public List<SavedView> mine() {
        SignedInUser me = currentUser.require();
        return jdbc.query("select id, owner, name, shared, queue, filter_json from saved_view where owner = ? "
                + "or (shared = true and team_code = ?) order by name", (rs, i) -> new SavedView(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getBoolean(4), ReviewQueue.valueOf(rs.getString(5)),
                        read(rs.getString(6))), me.getUsername(), me.teamCode());
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void save(String name, ReviewQueue queue, QueueFilter filter, boolean shared) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ReviewRefusedException("Name the view in 1 to 100 characters.");
        }
        SignedInUser me = currentUser.require();
        try {
            jdbc.update("insert into saved_view (owner, team_code, name, shared, queue, filter_json, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", me.getUsername(), me.teamCode(), trimmed, shared, queue.name(),
                    write(filter), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException exists) {
            throw new ReviewRefusedException("You already have a view called \"" + trimmed + "\".");
        }
    }

    /** Deletes one of the caller's own views; others' shared views are theirs to delete. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void delete(long id) {
        if (jdbc.update("delete from saved_view where id = ? and owner = ?", id,
                currentUser.require().getUsername()) != 1) {
            throw new ReviewRefusedException("Only the reviewer who saved a view can delete it.");
        }
    }

    private String write(QueueFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private QueueFilter read(String text) {
        try {
            return json.readValue(text, QueueFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable saved view", e);
        }
    }
}
