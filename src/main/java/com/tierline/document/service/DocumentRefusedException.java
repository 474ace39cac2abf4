package com.tierline.document.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** A file that cannot be filed (wrong type, too big, empty); the message is a sentence for the user. */
public class DocumentRefusedException extends RefusedException {

    private final String fileName;

    /** Codes a program can act on: the API answers the first with 413, the second with 415. */
    public static final String TOO_LARGE = "document.too-large";
    public static final String UNSUPPORTED_TYPE = "document.unsupported-type";
    public static final String REFUSED = "document.refused";

    public DocumentRefusedException(String fileName, String message) {
        this(REFUSED, fileName, message);
    }

    public DocumentRefusedException(String code, String fileName, String message) {
        super(Kind.INVALID, new Refusal(code, "file", message));
        this.fileName = fileName;
    }

    /** Which rule refused the file: {@link #TOO_LARGE}, {@link #UNSUPPORTED_TYPE} or {@link #REFUSED}. */
    public String code() {
        return refusals().get(0).code();
    }

    public String fileName() {
        return fileName;
    }
}
