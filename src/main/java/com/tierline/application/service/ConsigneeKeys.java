package com.tierline.application.service;

import com.tierline.screening.domain.PartyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up: every case's consignee key is what {@link PartyNames#identityKey} makes of its consignee name today.
 * Keys written by an earlier way of reading names would otherwise split one consignee's low-volume total in two;
 * the key is derived data (the name itself is untouched), and rows already right are not written.
 */
@Component
@Order(1)
class ConsigneeKeys implements ApplicationRunner {

    private record Row(long id, String name, String key) {
    }

    private final JdbcTemplate jdbc;

    ConsigneeKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        recompute();
    }

    /** Rewrites the keys that differ; answers how many did. */
    @Transactional
    public int recompute() {
        List<Object[]> changes = new ArrayList<>();
        jdbc.query("select id, consignee_name, consignee_key from licence_application where consignee_name is not null",
                rs -> {
                    Row row = new Row(rs.getLong(1), rs.getString(2), rs.getString(3));
                    String key = PartyNames.identityKey(row.name());
                    if (!Objects.equals(key, row.key())) {
                        changes.add(new Object[] {key, row.id()});
                    }
                });
        jdbc.batchUpdate("update licence_application set consignee_key = ? where id = ?", changes);
        return changes.size();
    }
}
