package com.tierline.document.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides what a file is from its first bytes, never from its name: a renamed executable is not a PDF.
 * Accepts PDF, PNG, JPEG, GIF, TIFF, Office Open XML (docx/xlsx/pptx), OpenDocument and legacy Office files.
 */
public final class DocumentTypes {

    /** What the content turned out to be: a MIME type and a word for people. */
    public record DetectedType(String mimeType, String label) {
    }

    private DocumentTypes() {
    }

    public static Optional<DetectedType> detect(byte[] content) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new DetectedType("application/pdf", "PDF document"));
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(new DetectedType("image/png", "PNG image"));
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(new DetectedType("image/jpeg", "JPEG image"));
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new DetectedType("image/gif", "GIF image"));
        }
        if (startsWith(content, new byte[] {'I', 'I', 42, 0}) || startsWith(content, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of(new DetectedType("image/tiff", "TIFF image"));
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1})) {
            return Optional.of(new DetectedType("application/x-ole-storage", "Microsoft Office 97-2003 file"));
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipBasedOfficeFile(content);
        }
        return Optional.empty();
    }

    /** A ZIP is only an office file when its entries say so; any other archive is refused. */
    private static Optional<DetectedType> zipBasedOfficeFile(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        if (head.startsWith("mimetypeapplication/vnd.oasis.opendocument", 30)) {
            return Optional.of(new DetectedType("application/vnd.oasis.opendocument", "OpenDocument file"));
        }
        if (head.contains("[Content_Types].xml")) {
            if (head.contains("word/")) {
                return Optional.of(new DetectedType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"));
            }
            if (head.contains("xl/")) {
                return Optional.of(new DetectedType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"));
            }
            if (head.contains("ppt/")) {
                return Optional.of(new DetectedType(
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "PowerPoint presentation"));
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name as it will be stored and offered for download: no folders (so no "../"), no control characters,
     * at most 200 characters, never empty.
     */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
