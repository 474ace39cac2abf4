package com.tierline.allocation.domain;

import com.tierline.screening.domain.AllocationPosition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;

/** A Tier 2 destination's allocation for one period: allocated, consumed by approvals, reserved by open cases. */
@Entity
@Table(name = "allocation_ledger")
public class AllocationAccount {

    @Embeddable
    public record Key(String country, String period) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "allocated_tpp")
    private BigDecimal allocated;
    @Column(name = "consumed_tpp")
    private BigDecimal consumed;
    @Column(name = "reserved_tpp")
    private BigDecimal reserved;
    @Version
    private Long version;

    protected AllocationAccount() {
    }

    public AllocationAccount(String country, String period, BigDecimal allocated) {
        this.key = new Key(country, period);
        this.allocated = allocated;
        this.consumed = BigDecimal.ZERO;
        this.reserved = BigDecimal.ZERO;
    }

    public AllocationPosition position() {
        return new AllocationPosition(allocated, consumed, reserved);
    }

    public void reserve(BigDecimal tpp) {
        reserved = reserved.add(tpp);
    }

    public void release(BigDecimal tpp) {
        reserved = reserved.subtract(tpp).max(BigDecimal.ZERO);
    }

    /** True if {@code tpp} more can be approved without exceeding the allocation. */
    public boolean canConsume(BigDecimal tpp) {
        return consumed.add(tpp).compareTo(allocated) <= 0;
    }

    /** Moves an approved amount from reserved to consumed; the caller has checked {@link #canConsume}. */
    public void consume(BigDecimal tpp, BigDecimal reservedForIt) {
        if (!canConsume(tpp)) {
            throw new IllegalStateException("Allocation of " + key.country() + " exhausted");
        }
        consumed = consumed.add(tpp);
        release(reservedForIt == null ? BigDecimal.ZERO : reservedForIt);
    }

    public Key getKey() {
        return key;
    }

    public BigDecimal remaining() {
        return allocated.subtract(consumed).subtract(reserved);
    }
}
