package com.tierline.api;

import com.tierline.document.service.DocumentUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Multipart requests as the services take them: files become {@link DocumentUpload}s (name and bytes; the store
 * decides the type by content), and a part the operation does not know is refused rather than silently dropped.
 * Text parts are read as request parameters (decoded as UTF-8) and hidden from the OpenAPI parameter list, since
 * each operation's form schema documents them as parts of the body.
 */
final class Uploads {

    /** The part every operation that takes documents names its files by (repeat it for several). */
    static final String FILES = "files";

    private Uploads() {
    }

    static List<DocumentUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(Uploads::upload).toList();
    }

    private static DocumentUpload upload(MultipartFile file) {
        try {
            return new DocumentUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** Refuses (400) any part or parameter other than {@code known}, naming it and the ones the operation takes. */
    static void onlyParts(MultipartHttpServletRequest request, String... known) {
        Set<String> allowed = Set.of(known);
        Set<String> sent = new TreeSet<>(request.getFileMap().keySet());
        sent.addAll(request.getMultiFileMap().keySet());
        sent.addAll(request.getParameterMap().keySet());
        sent.removeAll(allowed);
        if (!sent.isEmpty()) {
            throw new UnknownPartException(sent.iterator().next(), new TreeSet<>(allowed));
        }
    }

    static class UnknownPartException extends RuntimeException {
        final String part;

        UnknownPartException(String part, Set<String> known) {
            super("Unknown part \"" + part + "\". This operation takes: " + String.join(", ", known) + ".");
            this.part = part;
        }
    }
}
