package com.tierline.document.service;

/** A file as a user handed it over: the name they gave it and its bytes. Its type is decided by the store. */
public record DocumentUpload(String fileName, byte[] content) {

    public DocumentUpload {
        content = content == null ? new byte[0] : content;
    }
}
