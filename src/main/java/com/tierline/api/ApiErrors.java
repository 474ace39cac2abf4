package com.tierline.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.RefusedException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an RFC 7807 problem document with a sentence a developer can act on and, where a field
 * is at fault, an {@code errors} list of {@code {field, message}}. Bad input is always a 4xx.
 */
@RestControllerAdvice // global: only the API and the OpenAPI endpoints go through Spring MVC, Vaadin has its own servlet
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final com.tierline.identity.service.CurrentUser currentUser;

    ApiErrors(com.tierline.identity.service.CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The form's property names as the API body's JSON paths. */
    private static final Map<String, String> FIELD_PATHS = Map.ofEntries(
            Map.entry("consigneeName", "consignee.name"), Map.entry("consigneeCountry", "consignee.country"),
            Map.entry("consigneeHeadquartersCountry", "consignee.headquartersCountry"),
            Map.entry("consigneePartyId", "consignee.partyId"), Map.entry("endUserPartyId", "endUser.partyId"),
            Map.entry("endUserName", "endUser.name"), Map.entry("endUserCountry", "endUser.country"),
            Map.entry("ultimateEndUserName", "ultimateEndUser.name"),
            Map.entry("ultimateEndUserCountry", "ultimateEndUser.country"),
            Map.entry("dataCentreName", "dataCentre.name"), Map.entry("dataCentreCountry", "dataCentre.country"),
            Map.entry("contactName", "applicant.contactName"), Map.entry("contactEmail", "applicant.email"),
            Map.entry("contactPhone", "applicant.phone"), Map.entry("fleetTotalTpp", "fleet.totalTpp"),
            Map.entry("fleetTier1Tpp", "fleet.tier1Tpp"), Map.entry("fleetUsTpp", "fleet.usTpp"),
            Map.entry("fleetInDestinationTpp", "fleet.inDestinationTpp"));

    /** One problem of a request: where (a JSON path), what (a sentence) and, for programs, a stable code. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record FieldProblem(String field, String message, String code) {

        FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }

    /**
     * Every service's "no" in one shape: a request that is wrong is 422 with its problems by JSON path, one that is
     * right but not possible now is 409. Each problem carries the refusal's code beside its sentence.
     */
    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.refusals().stream().filter(r -> r.field() != null)
                .map(r -> new FieldProblem(apiPath(r.field()), r.message(), r.code()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
        if (e.kind() == RefusedException.Kind.NOT_POSSIBLE_NOW) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
            problem.setProperty("code", e.refusals().get(0).code());
            return problem;
        }
        if (errors.isEmpty()) {
            errors = e.refusals().stream().map(r -> new FieldProblem("", r.message(), r.code())).toList();
        }
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " problems, each in the errors list with its field.";
        return invalid(invalidTitle(request.getRequestURI()), detail, errors);
    }

    /** A title that names what the endpoint takes: "Invalid screening request", "Invalid application". */
    static String invalidTitle(String path) {
        if (path != null && path.startsWith("/api/v1/screenings")) {
            return "Invalid screening request";
        }
        if (path != null && path.contains("/information-requests/")) {
            return "Invalid answer";
        }
        if (path != null && path.endsWith("/withdrawal")) {
            return "Invalid withdrawal";
        }
        if (path != null && (path.endsWith("/appeals") || path.startsWith("/api/v1/tier-petitions"))) {
            return "Invalid appeal";
        }
        return path != null && path.startsWith("/api/v1/applications") ? "Invalid application" : "Bad request";
    }

    private static String invalidTitle(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? invalidTitle(servlet.getRequest().getRequestURI())
                : "Bad request";
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ".");
    }

    /** Two requests changed the same thing at once and this one lost; nothing of it was saved. */
    @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail concurrentChange(Exception e) {
        log.info("Concurrent change refused: {}", e.toString());
        return problem(HttpStatus.CONFLICT, "Changed at the same time",
                ConcurrentChange.ofRecord());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        // An exporter of an organisation that is pending, refused or deactivated holds no exporter role: say why.
        String why = currentUser.find().flatMap(com.tierline.identity.service.SignedInUser::organisationStanding)
                .orElse("Your role may not do this.");
        return problem(HttpStatus.FORBIDDEN, "Forbidden", why);
    }

    @ExceptionHandler(ApplicationsApi.InvalidPagingException.class)
    ProblemDetail badPaging(ApplicationsApi.InvalidPagingException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "Expected " + typeName(e.getRequiredType()) + " but got \"" + e.getValue() + "\".";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", "Parameter " + e.getName() + ": "
                + message);
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), message)));
        return problem;
    }

    static final String DATABASE_DOWN = "The service cannot reach its database just now; nothing was saved. "
            + "Try again in a few seconds.";

    /** The last resort: an error of ours, not the caller's; logged with the detail the caller does not see. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (com.tierline.shared.DatabaseFailures.unreachable(e)) {
            log.warn("Database unreachable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", DATABASE_DOWN));
        }
        if (com.tierline.shared.DatabaseFailures.lockedByAnother(e)) {
            // The process engine wraps the lock timeout in an exception of its own, so it arrives here.
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(e));
        }
        log.error("Unexpected API error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was saved. Try again later."));
    }


    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            org.springframework.web.servlet.resource.NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is no API endpoint " + e.getHttpMethod() + " /" + e.getResourcePath()
                        + ". The endpoints are listed at /v3/api-docs."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", tooLarge.getMessage()));
            }
        }
        ProblemDetail body;
        String title = invalidTitle(request);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            body = problem(HttpStatus.BAD_REQUEST, title, "Unknown field \"" + field + "\". Known fields: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".");
            body.setProperty("errors", List.of(new FieldProblem(field, "Unknown field")));
        } else if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String message = "Expected " + typeName(invalid.getTargetType()) + " but got "
                    + quoted(invalid.getValue()) + ".";
            body = problem(HttpStatus.BAD_REQUEST, title, field + ": " + message);
            body.setProperty("errors", List.of(new FieldProblem(field, message)));
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = "Expected " + typeName(mismatch.getTargetType()) + " here.";
            body = problem(HttpStatus.BAD_REQUEST, title, field + ": " + message);
            body.setProperty("errors", List.of(new FieldProblem(field, message)));
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // e.g. a number too large for its field: Jackson names the field, so the caller is told which
            String field = path(mapping);
            String message = mapping.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                    ? "The number is out of range for this field." : "Not a valid value for this field.";
            body = problem(HttpStatus.BAD_REQUEST, title, field + ": " + message);
            body.setProperty("errors", List.of(new FieldProblem(field, message)));
        } else if (cause instanceof JsonParseException parse) {
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ").");
        } else if (cause instanceof JsonMappingException mapping && mapping.getPath().isEmpty()) {
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body must be a JSON object.");
        } else {
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is missing or is not valid JSON.");
        }
        return ResponseEntity.badRequest().body(body);
    }

    private static ProblemDetail invalid(String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static String apiPath(String property) {
        if (property == null || property.isEmpty()) {
            return "";
        }
        return FIELD_PATHS.getOrDefault(property, property);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
