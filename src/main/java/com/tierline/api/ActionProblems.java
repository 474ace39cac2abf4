package com.tierline.api;

import com.tierline.document.service.DocumentRefusedException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problem documents for the exporter's actions beyond filing: a refused document answers by what is wrong with
 * it (413 too large, 415 not an accepted type by its content, 422 otherwise), always naming the file; a broken or
 * oversized multipart body is the caller's error, never a 500. Ahead of {@link ApiErrors}, which handles the rest.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActionProblems {

    @ExceptionHandler(DocumentRefusedException.class)
    ProblemDetail documentRefused(DocumentRefusedException e) {
        HttpStatus status = switch (e.code()) {
            case DocumentRefusedException.TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case DocumentRefusedException.UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = problem(status, "Document refused", e.getMessage());
        problem.setProperty("fileName", e.fileName());
        problem.setProperty("errors", List.of(new ApiErrors.FieldProblem(Uploads.FILES, e.getMessage(), e.code())));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "The upload is larger than the service "
                + "accepts in one request; send fewer or smaller files (each at most the document size limit).");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "The body is not a readable multipart/form-data "
                + "request (check its boundary and parts).");
    }

    @ExceptionHandler(Uploads.UnknownPartException.class)
    ProblemDetail unknownPart(Uploads.UnknownPartException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("errors", List.of(new ApiErrors.FieldProblem(e.part, "Unknown part")));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** Something the caller named that does not exist for them; its message is the sentence they read. */
    static class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
