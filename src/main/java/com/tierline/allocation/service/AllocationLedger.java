package com.tierline.allocation.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.tierline.allocation.domain.AllocationAccount;
import com.tierline.allocation.domain.AllocationAccountRepository;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tier 2 country allocations. Every change locks the destination's row, so an approval and its ledger update are
 * one transaction and two approvals racing for the last of an allocation cannot both succeed.
 */
@Service
public class AllocationLedger {

    private final AllocationAccountRepository accounts;
    private final EntityManager entityManager;

    AllocationLedger(AllocationAccountRepository accounts, EntityManager entityManager) {
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    /** The position without locking, for screening and display. */
    @Transactional(readOnly = true)
    public AllocationPosition position(String country, RuleSet ruleSet) {
        String period = ruleSet.thresholds().allocationPeriod();
        return accounts.findById(new AllocationAccount.Key(country, period)).map(AllocationAccount::position)
                .orElseGet(() -> new AllocationPosition(ruleSet.allocationFor(country), BigDecimal.ZERO,
                        BigDecimal.ZERO));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(String country, RuleSet ruleSet, BigDecimal tpp) {
        lock(country, ruleSet.thresholds().allocationPeriod(), ruleSet).reserve(tpp);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void release(String country, String period, RuleSet ruleSet, BigDecimal tpp) {
        if (tpp != null && tpp.signum() > 0) {
            lock(country, period, ruleSet).release(tpp);
        }
    }

    /**
     * Consumes an approved amount; refuses with a sentence when the allocation cannot cover it.
     *
     * @param reservedForIt what the case had reserved, released in the same step
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void consume(String country, String period, RuleSet ruleSet, BigDecimal tpp, BigDecimal reservedForIt) {
        AllocationAccount account = lock(country, period, ruleSet);
        if (!account.canConsume(tpp)) {
            AllocationPosition p = account.position();
            throw new AllocationExhaustedException(country, p.allocated().subtract(p.consumed()), tpp);
        }
        account.consume(tpp, reservedForIt);
    }

    /** Opens an account for every Tier 2 destination that has none for the rule set's period. */
    @Transactional
    public int openAccounts(RuleSet ruleSet) {
        String period = ruleSet.thresholds().allocationPeriod();
        int opened = 0;
        for (var country : ruleSet.countries().values()) {
            AllocationAccount.Key key = new AllocationAccount.Key(country.iso2(), period);
            if (country.tier() == 2 && !accounts.existsById(key)) {
                accounts.save(new AllocationAccount(country.iso2(), period, ruleSet.allocationFor(country.iso2())));
                opened++;
            }
        }
        return opened;
    }

    @Transactional(readOnly = true)
    public List<AllocationAccount> accounts(String period) {
        return accounts.findByPeriod(period);
    }

    /**
     * The account, locked for this transaction and read afresh. Refreshing matters: the same transaction may have
     * read the account earlier without a lock (the screening's position), and a locking query would hand back
     * that stale copy, whose version another transaction may have moved on meanwhile.
     */
    private AllocationAccount lock(String country, String period, RuleSet ruleSet) {
        AllocationAccount.Key key = new AllocationAccount.Key(country, period);
        AllocationAccount account = entityManager.find(AllocationAccount.class, key);
        if (account == null) {
            try {
                accounts.saveAndFlush(new AllocationAccount(country, period, ruleSet.allocationFor(country)));
            } catch (DataIntegrityViolationException createdConcurrently) {
                // another transaction opened the account first; lock theirs below
            }
            account = entityManager.find(AllocationAccount.class, key);
        }
        // Locked already in this transaction: its state is current and may hold our own unflushed changes, which a
        // refresh would throw away.
        if (entityManager.getLockMode(account) != LockModeType.PESSIMISTIC_WRITE) {
            entityManager.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        return account;
    }
}
