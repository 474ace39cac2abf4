package com.tierline.application.domain;

import com.tierline.screening.domain.SecurityAttestation;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the attested security conditions as a sorted comma-separated list of names. */
@Converter
public class AttestationsConverter implements AttributeConverter<Set<SecurityAttestation>, String> {

    @Override
    public String convertToDatabaseColumn(Set<SecurityAttestation> attestations) {
        return attestations == null ? "" : attestations.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
    }

    @Override
    public Set<SecurityAttestation> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(SecurityAttestation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SecurityAttestation.class)));
    }
}
