package com.tierline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * The shape of every problem the API answers with (ApiErrors, the security chain's 401/403/429/503, the size
 * limit's 413), written down once for the OpenAPI document; never serialised itself, Spring's ProblemDetail is.
 */
@Schema(name = "Problem", description = "An RFC 7807 problem document (media type application/problem+json). "
        + "detail is a sentence a developer can act on; where a field is at fault, errors names it by its JSON path.")
record ProblemDocument(
        @Schema(description = "A URI naming the kind of problem; about:blank when the status says it all",
                example = "about:blank", defaultValue = "about:blank") URI type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid application") String title,
        @Schema(description = "The HTTP status code", example = "422") int status,
        @Schema(description = "What went wrong with this request, in a sentence",
                example = "consignee.country: Expected an ISO 3166-1 country code.") String detail,
        @Schema(description = "The request path the problem is about", example = "/api/v1/applications")
        URI instance,
        @Schema(description = "One entry per problem of the request (400 and 422 mostly), sorted by field; absent "
                + "when the problem concerns no field") List<Field> errors,
        @Schema(description = "409 only: a stable code of the refusal, for programs",
                example = "review.not-possible-now") String code) {

    /** Mirrors ApiErrors.FieldProblem, which OpenApiContractIT compares it with. */
    @Schema(name = "FieldProblem", description = "One problem of a request: where, what, and for programs a code")
    record Field(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "JSON path of the field at fault, "
                    + "e.g. items[0].quantity; empty when the problem concerns the request as a whole",
                    example = "items[0].quantity") String field,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The problem in a sentence",
                    example = "A whole number from 1 to 10,000,000") String message,
            @Schema(description = "A stable code of the refusal, when the service gave one",
                    example = "application.quantity-range") String code) {
    }
}
