package com.tierline.caseprocess.service;

/** What an appeal step decides; the names are the values appeal's gateways test. */
public enum AppealOutcome { UPHOLD, DISMISS, PANEL }
