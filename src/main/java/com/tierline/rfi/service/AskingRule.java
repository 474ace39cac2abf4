package com.tierline.rfi.service;

import com.tierline.application.domain.LicenceApplication;

/**
 * Whether the signed-in officer may ask the exporter about a case now is review's rule (the case in their queue,
 * claimed by them, at the review step), not this feature's: review implements it, so asking lives here without
 * this feature depending on review.
 */
public interface AskingRule {

    /** The case, locked for the rest of the transaction; refused (a {@code RefusedException}) if they may not ask. */
    LicenceApplication requireMayAsk(String reference);
}
