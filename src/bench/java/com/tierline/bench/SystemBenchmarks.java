package com.tierline.bench;

import com.tierline.TierlineApplication;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.ItemDraft;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewService;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole application, measured: filing through the API against the bare engine, queue pages over 100,000 open
 * cases, and a load test. Runs the real application (embedded Tomcat, security, Flowable, the database) in this
 * JVM, once per database, and prints {@code BENCH <name> <value> <unit>} lines.
 */
final class SystemBenchmarks {

    static final String[] TIER2 = {"AE", "SA", "IN", "BR", "MX", "ID", "VN", "TR", "EG", "PL"};

    private final String db;
    private final ConfigurableApplicationContext app;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();

    private SystemBenchmarks(String db, ConfigurableApplicationContext app) {
        this.db = db;
        this.app = app;
        this.base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }

    static void run(String db, String url, String user, String password) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TierlineApplication.class,
                "--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=30", "--server.tomcat.threads.max=80",
                "--flowable.async-executor-activate=false", "--vaadin.devmode.devTools.enabled=false",
                // Development mode records where every component was created (for the IDE); production has no such
                // tracker, and with it a session would weigh four times what it does in production.
                "--vaadin.devmode.componentTracker.enabled=false",
                "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            SystemBenchmarks bench = new SystemBenchmarks(db, app);
            // Sessions first, on a quiet heap: garbage of the load phases would blur a heap difference.
            if (selected("sessions")) {
                bench.sessions(setting("TIERLINE_BENCH_SESSIONS", 200));
            }
            if (selected("filing")) {
                bench.filingAgainstTheEngine(setting("TIERLINE_BENCH_FILING_SECONDS", 30));
            }
            if (selected("queue")) {
                bench.queuePages(setting("TIERLINE_BENCH_QUEUE_CASES", 100_000));
            }
            if (selected("load")) {
                bench.load(setting("TIERLINE_BENCH_LOAD_SECONDS", 60), 50);
            }
        } finally {
            app.close();
        }
    }

    /** TIERLINE_BENCH_ONLY=filing,queue runs just those parts (for profiling one of them); unset runs all. */
    static boolean selected(String part) {
        String only = System.getenv("TIERLINE_BENCH_ONLY");
        return only == null || only.isBlank() || List.of(only.split(",")).contains(part);
    }

    /** A size or duration from the environment (for quick trial runs), else the figure the issue asks for. */
    private static int setting(String name, int standard) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? standard : Integer.parseInt(value.trim());
    }

    /** filing_throughput with 8 clients, engine_baseline with as many bare instances, and their ratio. */
    private void filingAgainstTheEngine(int seconds) throws Exception {
        // Warm-up as JMH would: until the JIT has compiled the hot paths, compilers take a quarter of the CPU.
        Instant warm = Instant.now().plusSeconds(Math.max(5, seconds / 2));
        runClients(8, client -> {
            int n = 0;
            while (Instant.now().isBefore(warm)) {
                file("warmup", client * 1_000_000 + n++);
            }
        });
        AtomicLong filed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Instant end = Instant.now().plusSeconds(seconds);
        long started = System.nanoTime();
        runClients(8, client -> {
            int n = 0;
            while (Instant.now().isBefore(end)) {
                (file("filing", client * 1_000_000 + n++) == 201 ? filed : failed).incrementAndGet();
            }
        });
        double filingSeconds = (System.nanoTime() - started) / 1e9;
        double filingRate = filed.get() / filingSeconds;
        print("filing_throughput", filingRate, "applications/s");
        print("filing_failures", failed.get(), "requests");

        // The same filings through the service alone (no HTTP, JSON or authentication): where the rest goes.
        AtomicLong serviceFiled = new AtomicLong();
        Instant serviceEnd = Instant.now().plusSeconds(seconds);
        long serviceStarted = System.nanoTime();
        runClients(8, client -> {
            signIn("exporter1");
            ApplicationService applications = app.getBean(ApplicationService.class);
            int n = 0;
            while (Instant.now().isBefore(serviceEnd)) {
                applications.file(draft("service", client * 1_000_000 + n++));
                serviceFiled.incrementAndGet();
            }
            SecurityContextHolder.clearContext();
        });
        print("filing_service_throughput", serviceFiled.get() / ((System.nanoTime() - serviceStarted) / 1e9),
                "applications/s");

        RepositoryService repository = app.getBean(RepositoryService.class);
        repository.createDeployment().name("bench").addClasspathResource("bench/engine-baseline.bpmn20.xml").deploy();
        long instances = filed.get();
        double baselineRate = instancesPerSecond("engineBaseline", Map.of(), instances);
        print("engine_baseline", baselineRate, "instances/s");
        print("filing_ratio", filingRate / baselineRate, "ratio");

        // The engine's own share of a filing: the real process model, its pre-screen and review clock replaced by
        // steps that set the same variables. Its rate over the baseline is the ratio filing would reach if nothing
        // else cost.
        String model = new String(getClass().getResourceAsStream("/processes/licence-application.bpmn20.xml")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("id=\"licence-application\"", "id=\"licenceShape\"")
                .replace("flowable:delegateExpression=\"${preScreenTask}\"",
                        "flowable:class=\"" + ShapePreScreen.class.getName() + "\"")
                .replace("delegateExpression=\"${slaReviewClock}\"",
                        "class=\"" + ShapeReviewClock.class.getName() + "\"");
        repository.createDeployment().name("bench-shape").addString("licence-shape.bpmn20.xml", model).deploy();
        double shapeRate = instancesPerSecond("licenceShape",
                Map.of("applicationId", 1L, "teamCode", "ai-chips", "exporterGroup", "org-1"), instances);
        print("engine_filing_process", shapeRate, "instances/s");
        print("filing_ratio_ceiling", shapeRate / baselineRate, "ratio");
    }

    /** Starts this many instances of a deployed process from 8 threads, after 2,000 warm-up instances. */
    private double instancesPerSecond(String processKey, Map<String, Object> variables, long instances)
            throws Exception {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        for (int i = 0; i < 2_000; i++) {
            runtime.startProcessInstanceByKey(processKey, "warmup-" + i, variables);
        }
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        runClients(8, client -> {
            while (next.getAndIncrement() < instances) {
                runtime.startProcessInstanceByKey(processKey, variables);
            }
        });
        return instances / ((System.nanoTime() - started) / 1e9);
    }

    /** queue_page_ms: first and deep page of a sorted, filtered team queue with this many open cases. */
    private void queuePages(int cases) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Northwind Compute'",
                Long.class);
        Long existing = jdbc.queryForObject("select count(*) from licence_application where status = 'UNDER_REVIEW'",
                Long.class);
        Instant t0 = Instant.now().minus(Duration.ofDays(60));
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= cases - existing; i++) {
            String country = TIER2[i % TIER2.length];
            batch.add(new Object[] {90_000_000L + i, String.format("TL-2019-%07d", i), organisation, country,
                    Timestamp.from(t0.plusSeconds(i * 30L)), Timestamp.from(t0), Timestamp.from(t0.plusSeconds(i * 30L))});
            if (batch.size() == 5_000) {
                insertOpenCases(jdbc, batch);
                batch.clear();
            }
        }
        insertOpenCases(jdbc, batch);
        if ("postgresql".equals(db)) {
            jdbc.execute("analyze licence_application"); // a live database has statistics; a bulk load has none yet
        }
        signIn("reviewer1");
        ReviewService review = app.getBean(ReviewService.class);
        QueueFilter ae = new QueueFilter("AE", null, null, null, null, null, null);
        long matching = review.queue(ReviewService.Queue.UNASSIGNED, ae, PageRequest.of(0, 50)).getTotalElements();
        int deep = (int) Math.max(0, matching / 50 - 1);
        Sort newestFirst = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("reference"));
        measure("queue_first_page", () -> review.queue(ReviewService.Queue.UNASSIGNED, ae,
                PageRequest.of(0, 50, newestFirst)));
        measure("queue_deep_page", () -> review.queue(ReviewService.Queue.UNASSIGNED, ae,
                PageRequest.of(deep, 50, newestFirst)));
        print("queue_open_cases", jdbc.queryForObject(
                "select count(*) from licence_application where status = 'UNDER_REVIEW'", Long.class), "cases");
        SecurityContextHolder.clearContext();
    }

    private static void insertOpenCases(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into licence_application (id, reference, organisation_id, created_by, destination_country,
                    status, team_code, screening_outcome, screening_tier, total_tpp, created_at, updated_at,
                    submitted_at, version, sla_state)
                values (?, ?, ?, 'exporter1', ?, 'UNDER_REVIEW', 'ai-chips', 'LICENCE_REQUIRED', 2, 31664000, ?, ?, ?,
                    0, 'RUNNING')""", rows);
    }

    private void measure(String name, Runnable page) {
        for (int i = 0; i < 20; i++) {
            page.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            page.run();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        millis.sort(Double::compare);
        print(name + "_p50_ms", millis.get(49), "ms");
        print(name + "_p95_ms", millis.get(94), "ms");
    }

    /** load_errors: clients filing (2 in 3) and reading for a while; zero 5xx, and every 201 is a stored case. */
    private void load(int seconds, int clients) throws Exception {
        String marker = "load-" + db + "-" + System.nanoTime();
        AtomicLong created = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        Instant end = Instant.now().plusSeconds(seconds);
        runClients(clients, client -> {
            int n = 0;
            while (Instant.now().isBefore(end)) {
                int status = n % 3 == 2 ? get("/api/v1/applications?size=20") : file(marker, client * 1_000_000 + n);
                n++;
                requests.incrementAndGet();
                if (status == 201) {
                    created.incrementAndGet();
                } else if (status >= 500) {
                    serverErrors.incrementAndGet();
                }
            }
        });
        Long stored = app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from licence_application where end_use like ?", Long.class, "%" + marker + "%");
        print("load_requests", requests.get(), "requests");
        print("load_errors", serverErrors.get(), "5xx");
        print("load_created", created.get(), "201");
        print("load_cases_stored", stored, "cases");
        print("load_created_equals_stored", created.get() == stored ? 1 : 0, "boolean");
    }

    /**
     * session_kb: heap held per signed-in reviewer whose queue is open, from real browser sessions (see
     * {@link BrowserSessions}). The queue first gets more cases than one page shows, as a working queue has. Heap
     * after garbage collection is compared before and after the sessions; the server's own count of sessions and of
     * UIs showing the queue is printed with it, so that a figure from sessions that were lost cannot pass unseen.
     */
    private void sessions(int count) throws Exception {
        if (!BrowserSessions.available()) {
            System.out.println("BENCH session_kb skipped: Debian chromium and chromium-driver are not installed");
            return;
        }
        for (int i = 0; i < 60; i++) {
            file("queue", i);
        }
        try (BrowserSessions browser = new BrowserSessions((ServletWebServerApplicationContext) app)) {
            for (int i = 0; i < 10; i++) { // warm-up: class loading, caches, compiled code; counted in "before"
                browser.openQueue("reviewer1", "tierline-demo");
            }
            int sessionsBefore = browser.httpSessions();
            int uisBefore = browser.queueUis();
            long before = usedHeapAfterGc();
            histogram("before");
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                browser.openQueue(i % 2 == 0 ? "reviewer1" : "reviewer2", "tierline-demo");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedHeapAfterGc();
            histogram("after");
            int sessions = browser.httpSessions() - sessionsBefore;
            int uis = browser.queueUis() - uisBefore;
            print("session_kb", (after - before) / 1024.0 / count, "KB per reviewer session with the queue open ("
                    + count + " browser sessions)");
            print("session_count", sessions, "new HTTP sessions held by the server");
            print("session_queue_uis", uis, "new UIs showing the review queue");
            print("session_open_seconds", seconds / count, "s per sign-in and queue in Chromium");
        }
    }

    private static void histogram(String name) throws Exception {
        if (System.getenv("TIERLINE_BENCH_HISTO") != null) {
            Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/histo-" + name + ".txt"), text.toString());
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private int file(String marker, int n) {
        String body = """
                { "destinationCountry": "%s",
                  "consignee": {"name": "Bench Consignee %d", "country": "%s"},
                  "endUser": {"name": "Bench End User %d", "country": "%s"},
                  "endUse": "Training language models in a certified data centre (%s).",
                  "items": [ {"model": "H100-SXM5-80GB", "quantity": 2000, "unitValueUsd": 25000} ] }
                """.formatted(TIER2[n % TIER2.length], n, TIER2[n % TIER2.length], n, TIER2[n % TIER2.length],
                marker);
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** What {@link #file} sends, as the service receives it. */
    private static ApplicationDraft draft(String marker, int n) {
        String country = TIER2[n % TIER2.length];
        ApplicationDraft draft = new ApplicationDraft();
        draft.setDestinationCountry(country);
        draft.setConsigneeName("Bench Consignee " + n);
        draft.setConsigneeCountry(country);
        draft.setEndUserName("Bench End User " + n);
        draft.setEndUserCountry(country);
        draft.setEndUse("Training language models in a certified data centre (" + marker + ").");
        draft.setItems(List.of(new ItemDraft("H100-SXM5-80GB", "H100-SXM5-80GB", null, null, 2000,
                BigDecimal.valueOf(25000))));
        draft.setDeclarationAccepted(true);
        return draft;
    }

    private int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    "exporter1:tierline-demo".getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 599;
        }
    }

    private void signIn(String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    interface Client {
        void run(int client) throws Exception;
    }

    private static void runClients(int count, Client body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                body.run(client);
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    private void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s_%s %.2f %s%n", name, db, value, unit);
    }
}
