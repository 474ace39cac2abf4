package com.tierline.screening.domain;

import com.tierline.shared.RefusedException;

import java.util.List;

/** The request cannot be screened as given; every problem is named with its field. */
public class InvalidScreeningRequestException extends RefusedException {

    private final List<FieldError> errors;

    public InvalidScreeningRequestException(List<FieldError> errors) {
        super(Kind.INVALID, errors.stream().map(FieldError::refusal).toList(), "Cannot screen: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
