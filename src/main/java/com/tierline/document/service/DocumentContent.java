package com.tierline.document.service;

/** A document's bytes for download, with the name and type it was stored under. */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {
}
