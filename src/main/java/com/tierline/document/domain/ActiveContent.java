package com.tierline.document.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds web-page and script content inside a file whatever its header says. Tika's detector reads only the first
 * bytes, so a file that starts {@code %PDF-} or {@code GIF89a} and carries a page or a script after them passes it;
 * such polyglots run when a browser or a PDF reader is talked into treating them as HTML or obeying their actions.
 * The scan is over the raw bytes (compressed streams inside a PDF or an office file are not opened).
 */
public final class ActiveContent {

    /** Markers of HTML, SVG and script, matched without regard to case. */
    private static final List<String> WEB_MARKERS = List.of("<script", "<html", "<!doctype html", "<iframe", "<svg",
            "<object", "<embed", "javascript:", "vbscript:");
    /** PDF actions that run code or programs when the document is opened. */
    private static final List<String> PDF_ACTIONS = List.of("/JavaScript", "/JS", "/Launch", "/RichMedia");

    private ActiveContent() {
    }

    /** The first marker found, as it is written in the file, or empty when the file carries none. */
    public static Optional<String> find(byte[] content, String mimeType) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : WEB_MARKERS) {
            int at = lower.indexOf(marker);
            if (at >= 0) {
                return Optional.of(text.substring(at, at + marker.length()));
            }
        }
        if ("application/pdf".equals(mimeType)) {
            for (String action : PDF_ACTIONS) {
                for (int at = text.indexOf(action); at >= 0; at = text.indexOf(action, at + 1)) {
                    int next = at + action.length();
                    // A PDF name ends at whitespace or a delimiter: "/JS" must not match "/JSomething".
                    if (next >= text.length() || !Character.isLetterOrDigit(text.charAt(next))) {
                        return Optional.of(action);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
