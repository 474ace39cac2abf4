package com.tierline.document.domain;

import com.tierline.shared.PlainText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what a file is from its content, by Apache Tika's magic-byte detector, never from its name: a renamed
 * executable is not a PDF. Accepts PDF, PNG, JPEG, GIF, TIFF, Office Open XML (docx/xlsx/pptx), OpenDocument and
 * legacy Office files. Tika's core has no ZIP container detector, so Office Open XML is told apart by its entries here.
 */
public final class DocumentTypes {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OLE = MediaType.parse("application/x-tika-msoffice");
    private static final List<String> LEGACY_OFFICE = List.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");

    /** What the content turned out to be: a MIME type, a word for people and the file name endings it may have. */
    public record DetectedType(String mimeType, String label, List<String> extensions) {

        /** Whether the name ends in one of this type's extensions (".JPG" counts as ".jpg"). */
        public boolean agreesWith(String fileName) {
            return extensions.contains(extension(fileName));
        }
    }

    private DocumentTypes() {
    }

    /**
     * The type by content; the name only tells which of the legacy Office formats (which share one container) the
     * file claims to be. Empty when the content is none of the accepted kinds.
     */
    public static Optional<DetectedType> detect(byte[] content, String fileName) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        String magic = tika(content, null).toString();
        return switch (magic) {
            case "application/pdf" -> type(magic, "PDF document");
            case "image/png" -> type(magic, "PNG image");
            case "image/jpeg" -> type(magic, "JPEG image");
            case "image/gif" -> type(magic, "GIF image");
            case "image/tiff" -> type(magic, "TIFF image");
            case "application/x-tika-msoffice" -> legacyOffice(content, fileName);
            case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(content);
            default -> magic.startsWith("application/vnd.oasis.opendocument.")
                    ? type(magic, "OpenDocument file") : Optional.empty();
        };
    }

    /** Word, Excel and PowerPoint 97-2003 share the OLE container; the name's ending picks which one is meant. */
    private static Optional<DetectedType> legacyOffice(byte[] content, String fileName) {
        String named = fileName == null ? OLE.toString() : tika(content, fileName).toString();
        if (LEGACY_OFFICE.contains(named)) {
            return type(named, "Microsoft Office 97-2003 file");
        }
        return Optional.of(new DetectedType(OLE.toString(), "Microsoft Office 97-2003 file",
                List.of(".doc", ".xls", ".ppt")));
    }

    /** A ZIP is only an office file when its entries say so; any other archive is refused. */
    private static Optional<DetectedType> officeOpenXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("[Content_Types].xml")) {
            if (head.contains("word/")) {
                return type("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Word document");
            }
            if (head.contains("xl/")) {
                return type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook");
            }
            if (head.contains("ppt/")) {
                return type("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "PowerPoint presentation");
            }
        }
        return Optional.empty();
    }

    private static Optional<DetectedType> type(String mimeType, String label) {
        try {
            return Optional.of(new DetectedType(mimeType, label, TIKA.forName(mimeType).getExtensions()));
        } catch (MimeTypeException unknown) {
            throw new IllegalStateException("Tika does not know " + mimeType, unknown);
        }
    }

    private static MediaType tika(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return TIKA.detect(in, metadata);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Reading from memory failed", impossible);
        }
    }

    /** The name's ending in lower case, with its dot (".pdf"), or "" when it has none. */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /**
     * The name as it will be stored and offered for download: no folders (so no "../"), no control characters, no
     * text-direction characters (which can make "fdp.exe" display as "exe.pdf"), at most 200 characters, never empty.
     */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder cleaned = new StringBuilder(base.length());
        base.codePoints().forEach(cp -> {
            if (isDirectionFormatting(cp)) {
                return;
            }
            if (PlainText.refused(cp, false) || "<>:\"|?*".indexOf(cp) >= 0) {
                cleaned.append('_');
            } else {
                cleaned.appendCodePoint(cp);
            }
        });
        base = cleaned.toString().strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    /** Overrides, embeddings and isolates, and also the marks U+200E, U+200F and U+061C: a file name needs none. */
    private static boolean isDirectionFormatting(int cp) {
        return PlainText.isDirectionOverride(cp) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }
}
