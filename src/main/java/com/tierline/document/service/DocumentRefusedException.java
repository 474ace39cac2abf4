package com.tierline.document.service;

/** A file that cannot be filed (wrong type, too big, empty); the message is a sentence for the user. */
public class DocumentRefusedException extends RuntimeException {

    private final String fileName;

    public DocumentRefusedException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
