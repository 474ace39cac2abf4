package com.tierline.api;

/**
 * Problem descriptions several operations give in the same words, so the contract says them once: who may call, and
 * what an upload can be refused for.
 */
final class ProblemTexts {

    static final String EXPORTERS_ONLY = "Exporters only; or your organisation is not (or no longer) approved, which "
            + "detail says";

    static final String MULTIPART_UNREADABLE = "An unknown part (errors names it), or a body that is not readable "
            + "multipart/form-data";

    static final String UPLOAD_TOO_LARGE = "A file is larger than the document size limit, or the whole request larger "
            + "than the service accepts in one request";

    static final String UPLOAD_WRONG_TYPE = "The body is not multipart/form-data, or a file is not a PDF, image or office "
            + "document by its content (fileName names it)";

    private ProblemTexts() {
    }
}
