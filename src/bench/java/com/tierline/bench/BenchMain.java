package com.tierline.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the benchmarks of the bench profile and prints one {@code BENCH <name> <value> <unit>} line per figure. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (SystemBenchmarks.selected("screening")) {
            screening();
        }
        // The whole application, on a fresh embedded H2 and, when TIERLINE_BENCH_PG_URL names an empty
        // PostgreSQL database, on PostgreSQL too.
        // The application's default H2 settings (application.properties), in a fresh file.
        SystemBenchmarks.run("h2", "jdbc:h2:file:./target/bench/h2-" + System.currentTimeMillis()
                + ";QUERY_CACHE_SIZE=128", "sa", "");
        String postgres = System.getenv("TIERLINE_BENCH_PG_URL");
        if (postgres != null && !postgres.isBlank()) {
            SystemBenchmarks.run("postgresql", postgres, System.getenv().getOrDefault("TIERLINE_BENCH_PG_USER",
                    "tierline"), System.getenv().getOrDefault("TIERLINE_BENCH_PG_PASSWORD", "tierline"));
        }
        System.exit(0);
    }

    private static void screening() throws Exception {
        Options options = new OptionsBuilder().include(ScreeningBenchmark.class.getSimpleName())
                .forks(1).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2)).build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            var stats = r.getPrimaryResult().getStatistics();
            if (name.endsWith("screenLatency")) {
                System.out.printf(Locale.ROOT, "BENCH screening_list_names %d names%n",
                        GeneratedRestrictedList.build().names());
                System.out.printf(Locale.ROOT, "BENCH screening_p50_us %.2f us%n", stats.getPercentile(50));
                System.out.printf(Locale.ROOT, "BENCH screening_p99_us %.2f us%n", stats.getPercentile(99));
                System.out.printf(Locale.ROOT, "BENCH screening_p999_us %.2f us%n", stats.getPercentile(99.9));
            } else {
                System.out.printf(Locale.ROOT, "BENCH screening_evaluations_per_s %.0f ops/s%n", stats.getMean());
            }
        }
    }
}
