package com.tierline.screening.domain;

import java.util.List;

/** The request cannot be screened as given; every problem is named with its field. */
public class InvalidScreeningRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidScreeningRequestException(List<FieldError> errors) {
        super("Cannot screen: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
