package com.tierline.screening.domain;

public enum Severity {
    /** Explains a result; no action needed. */
    INFO,
    /** Needs the reviewer's attention. */
    WARNING,
    /** Forces review or denial. */
    BLOCKING
}
