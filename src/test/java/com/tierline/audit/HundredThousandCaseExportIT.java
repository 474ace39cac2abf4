package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.audit.service.CaseExports;
import com.tierline.audit.service.CaseSearch;
import com.tierline.support.SecurityStrategyListener;
import com.tierline.support.SignIn;
import jakarta.persistence.EntityManagerFactory;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The CSV export has no row cap and does not hold the result in memory: 100,000 cases stream through as values,
 * and Hibernate materialises not one entity while doing it. Runs on its own in-memory database.
 */
@SpringBootTest(properties = {"flowable.async-executor-activate=false",
        "spring.datasource.url=jdbc:h2:mem:export-100k;DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@ActiveProfiles("demo")
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class HundredThousandCaseExportIT {

    static final int CASES = 100_000;

    @Autowired CaseExports exports;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void oneHundredThousandCasesStreamIntoTheCsv() {
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Northwind Compute'",
                Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            batch.add(new Object[] {5_000_000L + i, String.format("TL-2020-%06d", i), organisation,
                    i % 2 == 0 ? "AE" : "DE", now, now, now});
            if (batch.size() == 5_000) {
                insert(batch);
                batch.clear();
            }
        }
        SignIn.as(users, "auditor1");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        CountingStream out = new CountingStream();

        long rows = exports.csv(CaseSearch.ALL, out);

        assertThat(rows).isEqualTo(CASES);
        assertThat(out.lines - out.comments).as("the header and a line per case").isEqualTo(CASES + 1);
        assertThat(out.comments).as("the chain's verification and its signed checkpoint").isGreaterThanOrEqualTo(4);
        assertThat(out.bytes).isGreaterThan(CASES * 50L);
        // The only entities loaded are the audit chain's head and the new event's link, for the export's own record.
        assertThat(statistics.getEntityLoadCount()).as("rows are read as values, never as entities")
                .isLessThanOrEqualTo(2);
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into licence_application (id, reference, organisation_id, created_by, destination_country,
                    status, screening_outcome, total_tpp, created_at, updated_at, submitted_at, version)
                values (?, ?, ?, 'exporter1', ?, 'UNDER_REVIEW', 'LICENCE_REQUIRED', 31664000, ?, ?, ?, 0)""", rows);
    }

    /** Counts what it is given and keeps none of it. */
    static final class CountingStream extends OutputStream {
        long bytes;
        long lines;
        long comments;
        private boolean lineStart = true;

        @Override
        public void write(int b) {
            bytes++;
            if (lineStart && b == '#') {
                comments++;
            }
            lineStart = b == '\n';
            if (lineStart) {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
