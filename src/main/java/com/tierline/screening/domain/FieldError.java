package com.tierline.screening.domain;

/** One input problem, addressed to a field path such as {@code items[1].quantity}. */
public record FieldError(String field, String message) {
}
