package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The published OpenAPI document as a client generator reads it: every API operation the application serves is in
 * it, and each says what it does, under a described tag, with its success schema, its request body schema and the
 * problem documents it answers with. Failures list every offending operation, not only the first.
 */
@ServedIT
class OpenApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    JsonNode doc;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        doc = json.readTree(response.body());
    }

    @Test
    void everyServedApiOperationIsInTheDocumentWithItsRequestBody() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlers.getHandlerMethods().entrySet()) {
            for (String path : e.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    JsonNode operation = doc.path("paths").path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path + ": not in the document");
                    } else if (takesBody(e.getValue()) && !hasSchema(operation.path("requestBody").path("content"))) {
                        missing.add(method + " " + path + ": takes a body but the document gives no body schema");
                    }
                }
            }
        }
        assertThat(missing).as("operations the document leaves out or describes without their body").isEmpty();
    }

    @Test
    void everyOperationHasSummaryDescriptionDescribedTagSuccessSchemaAndProblemResponses() {
        Set<String> describedTags = new TreeSet<>();
        for (JsonNode tag : doc.path("tags")) {
            if (!tag.path("description").asText().isBlank()) {
                describedTags.add(tag.path("name").asText());
            }
        }
        List<String> offences = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                List<String> wrong = problemsOf(op.getValue(), describedTags);
                if (!wrong.isEmpty()) {
                    offences.add(op.getKey().toUpperCase() + " " + path.getKey() + ": " + String.join("; ", wrong));
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThanOrEqualTo(12);
        assertThat(offences).as("operations with an incomplete contract").isEmpty();
    }

    @Test
    void theProblemSchemaDescribesTheFieldLevelErrorsList() {
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "errors", "code");
        JsonNode item = resolve(problem.path("properties").path("errors").path("items"));
        // The documented entry is the one ApiErrors really writes.
        assertThat(item.path("properties").fieldNames()).toIterable().containsExactlyInAnyOrder(
                java.util.Arrays.stream(ApiErrors.FieldProblem.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
        List<String> required = new ArrayList<>();
        item.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void theSharedProblemsAreOnEveryOperationThatCanGiveThem() {
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                JsonNode responses = op.getValue().path("responses");
                List<String> expected = new ArrayList<>(List.of("401", "429", "503"));
                if (op.getValue().has("requestBody")) {
                    expected.addAll(List.of("400", "413", "415"));
                }
                expected.stream().filter(code -> !responses.has(code))
                        .forEach(code -> missing.add(op.getKey().toUpperCase() + " " + path.getKey() + ": " + code));
            });
        }
        assertThat(missing).as("shared problems left out (every operation needs sign-in)").isEmpty();
        assertThat(doc.path("paths").path("/api/v1/rulesets/current").path("get").path("responses").has("400"))
                .as("no parameter, no body: nothing to be malformed").isFalse();
    }

    @Test
    void theDocumentIsValidOpenApi() throws Exception {
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = validate(json.writeValueAsString(doc));

        assertThat(parsed.getMessages()).as("what the validator finds wrong").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        // The validator does look: the same document with the Problem schema taken out is refused.
        com.fasterxml.jackson.databind.node.ObjectNode broken = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("components").path("schemas")).remove("Problem");
        assertThat(validate(json.writeValueAsString(broken)).getMessages()).isNotEmpty();
    }

    private static io.swagger.v3.parser.core.models.SwaggerParseResult validate(String document) {
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        return new io.swagger.v3.parser.OpenAPIV3Parser().readContents(document, null, options);
    }

    @Test
    void theLetterIsDescribedAsAPdf() {
        JsonNode ok = doc.path("paths").path("/api/v1/applications/{reference}/decisions/{sequence}/letter")
                .path("get").path("responses").path("200").path("content");
        assertThat(ok.fieldNames()).toIterable().containsExactly("application/pdf");
        assertThat(ok.path("application/pdf").path("schema").path("format").asText()).isEqualTo("binary");
    }

    private List<String> problemsOf(JsonNode operation, Set<String> describedTags) {
        List<String> wrong = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            wrong.add("no summary");
        }
        if (operation.path("description").asText().isBlank()) {
            wrong.add("no description");
        }
        if (operation.path("operationId").asText().matches("(.+_\\d+)?")) {
            // springdoc numbers a method name that another controller uses too: get_1 would change with the code.
            wrong.add("no operationId of its own (" + operation.path("operationId").asText() + ")");
        }
        if (operation.path("tags").isEmpty()) {
            wrong.add("no tag");
        }
        for (JsonNode tag : operation.path("tags")) {
            if (!describedTags.contains(tag.asText())) {
                wrong.add("tag \"" + tag.asText() + "\" not described at the top level");
            }
        }
        if (operation.has("requestBody") && !hasSchema(operation.path("requestBody").path("content"))) {
            wrong.add("request body without a schema");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("description").asText().isBlank() || !parameter.has("schema")) {
                wrong.add("parameter " + parameter.path("name").asText() + " without description or schema");
            }
        }
        boolean success = false;
        boolean problem = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("2")) {
                success = true;
                if (!code.equals("204") && !hasSchema(content)) {
                    wrong.add(code + " without a content schema");
                }
            } else if (code.startsWith("4") || code.startsWith("5")) {
                boolean asProblem = content.size() == 1 && content.has(PROBLEM)
                        && "#/components/schemas/Problem".equals(content.path(PROBLEM).path("schema").path("$ref")
                                .asText());
                if (!asProblem) {
                    wrong.add(code + " not described as application/problem+json with the Problem schema");
                }
                problem |= code.startsWith("4") && asProblem;
            }
            if (response.getValue().path("description").asText().isBlank()) {
                wrong.add(code + " without a description");
            }
        }
        if (!success) {
            wrong.add("no 2xx response");
        }
        if (!problem) {
            wrong.add("no 4xx problem response");
        }
        return wrong;
    }

    private static boolean takesBody(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestPart.class)) {
                return true;
            }
        }
        return false;
    }

    /** At least one media type, and each with a schema. */
    private static boolean hasSchema(JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            JsonNode schema = mediaType.path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#/components/schemas/")
                ? doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
