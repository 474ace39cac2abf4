package com.tierline.allocation.service;

import com.tierline.screening.service.ScreeningService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Opens the allocation accounts of the rule set in force once the rule sets are loaded (order 0). */
@Component
@Order(2)
class LedgerStartup implements ApplicationRunner {

    private final AllocationLedger ledger;
    private final ScreeningService screening;

    LedgerStartup(AllocationLedger ledger, ScreeningService screening) {
        this.ledger = ledger;
        this.screening = screening;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ledger.openAccounts(screening.current());
        } catch (DataIntegrityViolationException anotherNodeOpenedThem) {
            // two nodes starting together: the other one opened the accounts; they are the same rows
        }
    }
}
