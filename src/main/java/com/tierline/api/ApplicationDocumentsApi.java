package com.tierline.api;

import com.tierline.application.service.ApplicationService;
import com.tierline.document.service.DocumentContent;
import com.tierline.document.service.DocumentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriUtils;

/**
 * An application's documents: filed on a draft with the same checks as the browser's upload (size, type by
 * content, no active content, a name that agrees with the content), listed, and downloaded as stored.
 */
@RestController
@RequestMapping(path = "/api/v1/applications/{reference}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents", description = "Supporting documents of an application: upload, list, download")
@SecurityRequirement(name = "basic")
class ApplicationDocumentsApi {

    private final ApplicationService applications;
    private final DocumentStore documents;
    private final ApplicationReader reader;

    ApplicationDocumentsApi(ApplicationService applications, DocumentStore documents, ApplicationReader reader) {
        this.applications = applications;
        this.documents = documents;
        this.reader = reader;
    }

    /** The multipart body of an upload, for the OpenAPI document. */
    @Schema(description = "One or more files under the part name \"files\"")
    record UploadForm(@ArraySchema(schema = @Schema(type = "string", format = "binary"), minItems = 1)
            List<byte[]> files) {
    }

    @Operation(operationId = "uploadDraftDocuments",
            summary = "Upload supporting documents to a draft application",
            description = "Files one or more documents (the part \"files\", repeated) on your organisation's draft, "
                    + "as the browser's form does before submission; after submission documents go with an answer "
                    + "to a request for information instead (409). Each file is checked before any is stored, so a "
                    + "refusal stores none: at most the size limit (413), a PDF, image or office document judged by "
                    + "its content (415), not empty, no script or web-page content and a name ending that agrees "
                    + "with the content (422).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))))
    @ApiResponse(responseCode = "201", description = "The documents as filed, in the order sent",
            headers = @Header(name = "Location", description = "Where to list the application's documents",
                    schema = @Schema(type = "string", example = "/api/v1/applications/TL-2026-000123/documents")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = ApplicationResponse.Document.class))))
    @ApiResponse(responseCode = "400", description = "No files part, an unknown part (errors names it), or a body "
            + "that is not readable multipart/form-data")
    @ApiResponse(responseCode = "403", description = ProblemTexts.EXPORTERS_ONLY)
    @ApiResponse(responseCode = "404", description = "No application of your organisation has this reference")
    @ApiResponse(responseCode = "409", description = "The application has been submitted")
    @ApiResponse(responseCode = "413", description = "A file is larger than the document size limit, or the whole "
            + "upload larger than the service accepts in one request (fileName names the file when one is)")
    @ApiResponse(responseCode = "415", description = ProblemTexts.UPLOAD_WRONG_TYPE)
    @ApiResponse(responseCode = "422", description = "A file is empty, carries script or web-page content, or its "
            + "name's ending disagrees with its content (fileName names it). Nothing was stored")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ApplicationResponse.Document>> upload(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference,
            @RequestPart(Uploads.FILES) List<MultipartFile> files, MultipartHttpServletRequest request) {
        Uploads.onlyParts(request, Uploads.FILES);
        List<ApplicationResponse.Document> filed = applications.attachDocuments(reference, Uploads.of(files))
                .stream().map(ApplicationResponse.Document::of).toList();
        return ResponseEntity.created(URI.create("/api/v1/applications/" + reference + "/documents")).body(filed);
    }

    @Operation(operationId = "listApplicationDocuments",
            summary = "The documents of an application",
            description = "Every document of the case, oldest first: supporting documents, replies to requests "
                    + "for information and appeal evidence, each with its purpose in code and words and its "
                    + "download url. Another organisation's reference answers 404, as an unknown one does.")
    @ApiResponse(responseCode = "200", description = "The documents, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ApplicationResponse.Document.class))))
    @ApiResponse(responseCode = "403", description = "Your role reads no applications (administrators); or your "
            + "organisation is not (or no longer) approved, which detail says")
    @ApiResponse(responseCode = "404", description = "No application you may see has this reference")
    @GetMapping
    List<ApplicationResponse.Document> list(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference) {
        reader.find(reference);
        return documents.forCase(reference).stream().map(ApplicationResponse.Document::of).toList();
    }

    @Operation(operationId = "downloadApplicationDocument",
            summary = "Download one document of an application",
            description = "The bytes exactly as filed, with the Content-Type found from the content when it was "
                    + "filed and a Content-Disposition naming the file. 404 for a document of another case, as "
                    + "for an unknown one.")
    @ApiResponse(responseCode = "200", description = "The document as filed, offered as an attachment; its "
            + "Content-Type is the one found from its content (PDF, PNG, JPEG, GIF or TIFF image, Word, Excel, "
            + "PowerPoint or OpenDocument)", headers = @Header(name = "Content-Disposition", description =
                    "attachment; filename=\"...\"; filename*=UTF-8''...", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.ALL_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Your role reads no documents (administrators); or your "
            + "organisation is not (or no longer) approved, which detail says")
    @ApiResponse(responseCode = "404", description = "No such document on an application you may see")
    @GetMapping(path = "/{documentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(
            @Parameter(description = ApplicationsApi.REFERENCE, example = "TL-2026-000123")
            @PathVariable String reference,
            @Parameter(description = "The document's id, as in the documents list and its download "
                    + "url", example = "42") @PathVariable long documentId) {
        reader.find(reference);
        // Only by way of its own case: a document id of another case is not found here, whoever may read it.
        boolean ofThisCase = documents.forCase(reference).stream().anyMatch(d -> d.id() == documentId);
        DocumentContent content = documents.content(documentId).filter(c -> ofThisCase)
                .orElseThrow(() -> new ActionProblems.NotFoundException("No document " + documentId
                        + " on application " + reference + "."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(content.fileName()))
                .body(content.bytes());
    }

    /**
     * RFC 6266: the name as stored in filename* (UTF-8, percent-encoded) and, for clients that read only filename,
     * the same with anything outside printable ASCII as "_" (Spring's builder would write RFC 2047 words there).
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\'
                ? (char) cp : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
