package com.tierline.caseprocess.service;

/** What a review step decides; the names are the values licence-application's gateways test. */
public enum ReviewOutcome { APPROVE, DENY, REQUEST_INFORMATION, ESCALATE }
