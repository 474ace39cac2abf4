package com.tierline.document.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;

/** A file that cannot be filed (wrong type, too big, empty); the message is a sentence for the user. */
public class DocumentRefusedException extends RefusedException {

    private final String fileName;

    public DocumentRefusedException(String fileName, String message) {
        super(Kind.INVALID, new Refusal("document.refused", "file", message));
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
