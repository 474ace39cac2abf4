package com.tierline.bench;

import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.Party;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.screening.domain.ValidatedEndUser;
import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One screening of a 5-item Tier 2 request (catalogue and declared items, three parties screened against a
 * restricted-party list the size of the published one — {@link GeneratedRestrictedList} — a universal VEU with all
 * conditions checked) against the full shipped rule set.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningBenchmark {

    /** Built once per fork: indexing 56,000 names takes a few seconds and is not what is measured. */
    static final RestrictedPartyList LIST = GeneratedRestrictedList.build();

    RuleSet ruleSet;
    RestrictedPartyList parties;
    ScreeningRequest request;

    @Setup
    public void setUp() {
        ruleSet = ShippedRuleSet.ruleSet();
        parties = LIST;
        request = new ScreeningRequest("AE", new Party("Gulf Data Centres LLC", "AE", "AE"),
                new Party("Shenzhen Kazen Technology Electronics Co., Ltd.", "AE"), new Party("Abu Dhabi Climate Institute", "AE"),
                List.of(new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 1200),
                        new ScreeningRequest.Item("B200", null, null, 300),
                        new ScreeningRequest.Item("MI300X", null, null, 200),
                        new ScreeningRequest.Item(null, new BigDecimal("4992"), new BigDecimal("6.04"), 64),
                        new ScreeningRequest.Item("H20", null, null, 500)),
                ValidatedEndUser.universal("US", new BigDecimal("2000000000"), new BigDecimal("1600000000"),
                        new BigDecimal("1100000000"), new BigDecimal("20000000")),
                EnumSet.allOf(SecurityAttestation.class), new BigDecimal("1000000"),
                new AllocationPosition(new BigDecimal("790000000"), new BigDecimal("100000000"),
                        new BigDecimal("50000000")));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public ScreeningResult screenLatency() {
        return Screener.screen(request, ruleSet, parties);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ScreeningResult screenThroughput() {
        return Screener.screen(request, ruleSet, parties);
    }
}
