package com.tierline.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.document.domain.DocumentTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    @Test
    void recognisesDocumentsByTheirFirstBytes() throws IOException {
        assertThat(type("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(type(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})).isEqualTo("image/png");
        assertThat(type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).isEqualTo("image/jpeg");
        assertThat(type(zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(type(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void refusesWhatIsNotADocumentWhateverItIsCalled() throws IOException {
        assertThat(DocumentTypes.detect("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1),
                "contract.pdf")).isEmpty();
        assertThat(DocumentTypes.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "letter.docx")).isEmpty();
        assertThat(DocumentTypes.detect(zip("payload.exe", "readme.txt"), "evidence.docx"))
                .as("a plain archive").isEmpty();
        assertThat(DocumentTypes.detect(new byte[0], "empty.pdf")).isEmpty();
        assertThat(DocumentTypes.detect(null, "missing.pdf")).isEmpty();
    }

    @Test
    void fileNamesLoseFoldersTraversalAndControlCharacters() {
        assertThat(DocumentTypes.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentTypes.safeFileName("C:\\Users\\erin\\contract.pdf")).isEqualTo("contract.pdf");
        assertThat(DocumentTypes.safeFileName("..")).isEqualTo("document");
        assertThat(DocumentTypes.safeFileName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(DocumentTypes.safeFileName("a\u0000b\nc<d>.pdf")).isEqualTo("a_b_c_d_.pdf");
        assertThat(DocumentTypes.safeFileName(null)).isEqualTo("document");
        assertThat(DocumentTypes.safeFileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    @Test
    void fileNamesLoseTextDirectionCharactersSoTheEndingShownIsTheRealOne() {
        assertThat(DocumentTypes.safeFileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(DocumentTypes.safeFileName("a\u2066b\u2069\u200E\u200F\u061C.pdf")).isEqualTo("ab.pdf");
        assertThat(DocumentTypes.safeFileName("esc\u001b[2J\u0085.pdf")).isEqualTo("esc_[2J_.pdf");
    }

    @Test
    void theDetectedTypeKnowsWhichEndingsAgreeWithIt() throws IOException {
        DocumentTypes.DetectedType pdf = DocumentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                "contract.pdf").orElseThrow();
        assertThat(pdf.agreesWith("contract.PDF")).isTrue();
        assertThat(pdf.agreesWith("contract.pdf.exe")).isFalse();
        assertThat(pdf.agreesWith("contract")).isFalse();
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}, "budget.xls").orElseThrow().mimeType())
                .isEqualTo("application/vnd.ms-excel");
        assertThat(DocumentTypes.detect(zip("[Content_Types].xml", "word/document.xml"), "contract.docx").orElseThrow()
                .agreesWith("contract.docx")).isTrue();
    }

    /** The type the content shows under a name that claims none (only legacy Office files read the name). */
    private static String type(byte[] content) {
        return DocumentTypes.detect(content, "upload").orElseThrow().mimeType();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
