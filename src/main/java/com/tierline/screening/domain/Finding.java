package com.tierline.screening.domain;

/**
 * One reason behind a screening result, in plain language, with the regulation it rests on. {@code itemIndex} is
 * the zero-based item line a finding is about, or null when it is about the request as a whole.
 */
public record Finding(String code, Severity severity, String message, String citation, Integer itemIndex) {

    public Finding(String code, Severity severity, String message, String citation) {
        this(code, severity, message, citation, null);
    }
}
