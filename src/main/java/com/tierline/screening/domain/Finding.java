package com.tierline.screening.domain;

/** One reason behind a screening result, in plain language, with the regulation it rests on. */
public record Finding(String code, Severity severity, String message, String citation) {
}
