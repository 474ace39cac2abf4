package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierline.support.ServedIT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The exporter's side in a real browser: file an application with a supporting document, answer a request for
 * information with another document, and appeal the denial with evidence that the senior reviewer then sees.
 */
@ServedIT
class ExporterJourneyBrowserIT extends OneBrowserIT {

    @Test
    void fileWithADocumentAnswerAQuestionAndAppealTheDenial(@TempDir Path files) throws Exception {
        Path contract = pdf(files, "supply-contract.pdf");
        Path certificate = pdf(files, "data-centre-certificate.pdf");
        Path evidence = pdf(files, "end-user-audit.pdf");
        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        try {
            b.signIn("exporter1");
            b.click(By.id("new-application"));
            b.fill("contact-email", "erin@northwind.example");
            b.choose("destination", "United Arab Emirates (AE)");
            b.fill("consignee-name", "Falcon Compute FZ-LLC");
            b.choose("consignee-country", "United Arab Emirates (AE)");
            b.fill("end-user-name", "Falcon Compute FZ-LLC");
            b.choose("end-user-country", "United Arab Emirates (AE)");
            b.fill("end-use", "Inference services for Arabic language models hosted in a Dubai data centre.");
            b.fill("item-description", "NVIDIA H100 SXM5 80GB");
            b.fill("item-tpp", "15832");
            b.fill("item-density", "19.45");
            b.fill("item-quantity", "2000");
            b.click(By.id("add-item"));
            b.upload("documents-upload", contract);
            b.waitForText(By.id("draft-documents"), "supply-contract.pdf");
            assertThat(b.textInView(By.id("prescreen-outcome"))).isEqualTo("Licence required");
            b.click(By.id("declaration"));
            b.screenshot("11-exporter-form-with-document");
            b.click(By.id("submit-application"));
            String reference = b.text(By.id("case-reference"));
            b.waitForText(By.id("case-status"), "Under review");
            assertThat(b.text(By.id("case-documents"))).contains("supply-contract.pdf");
            assertThat(b.text(By.id("exporter-timeline"))).contains("Submitted").contains("Pre-screened");
            b.signOut();

            b.signIn("reviewer1");
            b.open("/review/" + reference);
            b.click(By.id("claim"));
            assertThat(b.text(By.id("case-documents"))).contains("supply-contract.pdf");
            b.fill("decision-reason", "Please send the data centre's security certificate.");
            b.click(By.id("request-information"));
            b.waitForText(By.id("case-status"), "Awaiting exporter");
            b.signOut();

            b.signIn("exporter1");
            b.open("/applications/" + reference);
            b.fill("rfi-answer", "The certificate from the Dubai data centre's operator is attached.");
            b.upload("rfi-documents", certificate);
            b.screenshot("12-exporter-answers-with-document");
            b.click(By.id("send-reply"));
            b.waitForText(By.id("case-status"), "Under review");
            b.waitForText(By.id("case-documents"), "data-centre-certificate.pdf");
            assertThat(b.text(By.id("exporter-timeline"))).contains("Answered by Erin Exporter");
            b.signOut();

            // the reply brought the case back to reviewer1, still claimed; a denial asks to be confirmed
            b.signIn("reviewer1");
            b.open("/review/" + reference);
            b.choose("denial-reason", "Risk of diversion to a prohibited end use or destination");
            b.fill("decision-reason", "The consignee resells compute to parties we cannot identify.");
            b.click(By.id("deny"));
            b.click(By.id("confirmation-confirm"));
            b.waitForText(By.id("case-status"), "Denied");
            b.signOut();

            b.signIn("exporter1");
            b.open("/applications/" + reference);
            b.waitForText(By.id("exporter-timeline"), "The consignee resells compute");
            b.click(By.id("appeal-link"));
            assertThat(b.find(By.cssSelector("#appeal-case input")).getAttribute("value")).isEqualTo(reference);
            b.fill("appeal-grounds", "An independent audit shows every customer of the consignee is identified.");
            b.upload("appeal-evidence", evidence);
            b.screenshot("13a-exporter-appeal-before-filing");
            b.click(By.id("file-denial-appeal"));
            b.open("/appeals");
            b.waitForText(By.id("my-appeals"), "end-user-audit.pdf");
            b.screenshot("13-exporter-appeal-filed");
            b.signOut();

            b.signIn("senior1");
            b.open("/review/appeals");
            b.clickGridCell("An independent audit shows every customer of the consignee is identified.");
            b.waitForText(By.id("appeal-evidence-list"), "end-user-audit.pdf");
            b.waitForText(By.id("decision-under-appeal"), "The consignee resells compute");
            b.screenshot("14-senior-sees-appeal-evidence");
        } catch (RuntimeException | AssertionError e) {
            b.screenshot("journey-failure");
            throw e;
        }
    }

    private static Path pdf(Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, ("%PDF-1.4\n% " + name + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
