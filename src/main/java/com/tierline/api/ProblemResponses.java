package com.tierline.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes the problems every operation shares into the document, so that a controller declares only the ones
 * particular to it, and with a status and a sentence only ({@code @ApiResponse(responseCode = "404",
 * description = "...")}): every 4xx/5xx response gets the application/problem+json content with the Problem
 * schema. What is added is what the filters and ApiErrors really answer: 401, 429 and 503 wherever sign-in is
 * needed; 400, 413 and 415 where a JSON body is read; 400 where a parameter must parse as a number, date or code.
 */
@Component
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        ModelConverters.getInstance().readAll(ProblemDocument.class).forEach(components::addSchemas);
        openApi.setComponents(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            for (Operation operation : item.readOperations()) {
                addShared(openApi, operation);
                boolean readsBody = operation.getRequestBody() != null;
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent(example(path, code, response.getDescription(),
                                readsBody)));
                    }
                });
                sortByStatus(operation);
            }
        });
    }

    private static void addShared(OpenAPI openApi, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null ? openApi.getSecurity() != null
                && !openApi.getSecurity().isEmpty() : !operation.getSecurity().isEmpty();
        if (secured) {
            responses.putIfAbsent("401", new ApiResponse().description("No credentials, wrong ones, or an account "
                    + "that signs in with a second factor (the API cannot ask for one): sign in with HTTP Basic"));
            responses.putIfAbsent("429", new ApiResponse().description("Too many failed sign-ins for this account "
                    + "or from this address; nothing was done").addHeaderObject("Retry-After", retryAfter()));
        }
        boolean readsJson = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("application/json");
        if (readsJson) {
            responses.putIfAbsent("400", new ApiResponse().description("The body is not JSON, or a field is unknown "
                    + "or of the wrong type (errors names it)"));
            responses.putIfAbsent("413", new ApiResponse().description("The body is larger than "
                    + RequestSizeLimit.MAX_BYTES / 1024 + " KB"));
            responses.putIfAbsent("415", new ApiResponse().description("The body is not sent as application/json"));
        } else if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(ProblemResponses::mustParse)) {
            responses.putIfAbsent("400", new ApiResponse().description("A parameter is not of its type "
                    + "(errors names it)"));
        }
        responses.putIfAbsent("503", new ApiResponse().description("The database cannot be reached just now; "
                + "nothing was saved").addHeaderObject("Retry-After", retryAfter()));
    }

    /** A parameter Spring converts before the call (a number, a date, a status code), so a bad one is a 400. */
    private static boolean mustParse(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if (schema == null) {
            return false;
        }
        Schema<?> value = "array".equals(type(schema)) && schema.getItems() != null ? schema.getItems() : schema;
        return !"string".equals(type(value)) || value.getFormat() != null || value.getEnum() != null;
    }

    /** The schema's type whether the model was built for OpenAPI 3.0 (type) or 3.1 (types). */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() != null && schema.getTypes().size() == 1 ? schema.getTypes().iterator().next() : null;
    }

    private static Content problemContent(Map<String, Object> example) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))
                .example(example));
    }

    /**
     * An example for this status on this path, with the title ApiErrors gives it, so that Swagger UI does not show
     * the schema's one 422 example under every status.
     */
    private static Map<String, Object> example(String path, String code, String description, boolean readsBody) {
        int status = Integer.parseInt(code);
        String title = switch (status) {
            case 400 -> readsBody ? ApiErrors.invalidTitle(path) : "Bad request";
            case 404 -> "Not found";
            case 409 -> "Not possible now";
            case 422 -> ApiErrors.invalidTitle(path);
            default -> org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", title);
        example.put("status", status);
        example.put("detail", description + ".");
        example.put("instance", path);
        if (status == 422) {
            example.put("errors", List.of(Map.of("field", "items[0].quantity", "message", "Quantity must be at "
                    + "least 1", "code", "application.invalid")));
        }
        return example;
    }

    private static Header retryAfter() {
        return new Header().description("Seconds to wait before trying again").schema(new IntegerSchema());
    }

    /** Responses in status order, so the document and Swagger UI read 200, 400, 401, ... */
    private static void sortByStatus(Operation operation) {
        Map<String, ApiResponse> sorted = new TreeMap<>(operation.getResponses());
        ApiResponses responses = new ApiResponses();
        responses.putAll(sorted);
        operation.setResponses(responses);
    }
}
