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
 * One screening of a 5-item Tier 2 request (catalogue and declared items, three parties screened against the shipped
 * restricted-party list, a universal VEU with all conditions checked) against the full shipped rule set.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningBenchmark {

    RuleSet ruleSet;
    RestrictedPartyList parties;
    ScreeningRequest request;

    @Setup
    public void setUp() {
        ruleSet = ShippedRuleSet.ruleSet();
        parties = ShippedRuleSet.restrictedParties();
        request = new ScreeningRequest("AE", new Party("Gulf Data Centres LLC", "AE", "AE"),
                new Party("National Weather Modelling Centre", "AE"), new Party("Abu Dhabi Climate Institute", "AE"),
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
