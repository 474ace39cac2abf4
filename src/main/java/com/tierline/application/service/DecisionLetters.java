package com.tierline.application.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LineItem;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision letter (PDF) for an approved or denied case, for those allowed to see the case. */
@Service
public class DecisionLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ApplicationService applications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final int appealWindowDays;

    DecisionLetters(ApplicationService applications, CurrentUser currentUser, ApplicationEventPublisher events,
            @Value("${tierline.appeal.window-days:45}") int appealWindowDays) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.events = events;
        this.appealWindowDays = appealWindowDays;
    }

    /** The letter, or empty when the case is unknown to the caller or not decided. Each download is audited. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional
    public Optional<byte[]> letter(String reference) {
        Optional<CaseDetails> found = applications.find(reference).filter(c -> c.decision() != null);
        found.ifPresent(c -> events.publishEvent(new AuditableAction(currentUser.actorName(),
                "decision-letter.downloaded", reference, Map.of("decision", c.decision().name()))));
        return found.map(this::render);
    }

    private byte[] render(CaseDetails c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Decision on " + c.reference());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph("Tierline - export licensing of advanced AI chips", body));
            document.add(new Paragraph("Decision on application " + c.reference(), title));
            document.add(new Paragraph("Date of decision: " + DATE.format(c.decidedAt()), body));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("To: " + c.organisation(), body));
            document.add(new Paragraph("Destination: " + Formats.country(c.destinationCountry(), Locale.ENGLISH),
                    body));
            document.add(new Paragraph("Consignee: " + c.consigneeName() + ", "
                    + Formats.country(c.consigneeCountry(), Locale.ENGLISH), body));
            document.add(new Paragraph("End user: " + c.endUserName() + ", "
                    + Formats.country(c.endUserCountry(), Locale.ENGLISH), body));
            document.add(new Paragraph(" "));
            PdfPTable items = new PdfPTable(new float[] {4, 2, 1.5f, 1.5f});
            items.setWidthPercentage(100);
            for (String h : new String[] {"Item", "TPP per unit", "Density", "Quantity"}) {
                items.addCell(new Paragraph(h, heading));
            }
            for (LineItem i : c.items()) {
                items.addCell(new Paragraph(i.getDescription(), body));
                items.addCell(new Paragraph(number(i.getTpp()), body));
                items.addCell(new Paragraph(i.getPerformanceDensity() == null ? "-" : number(i.getPerformanceDensity()),
                        body));
                items.addCell(new Paragraph(Formats.count(i.getQuantity(), Locale.ENGLISH), body));
            }
            document.add(items);
            document.add(new Paragraph(" "));
            boolean approved = c.decision() == Decision.APPROVE;
            Paragraph verdict = new Paragraph(approved ? "The application is approved." : "The application is denied.",
                    title);
            verdict.setAlignment(Element.ALIGN_LEFT);
            document.add(verdict);
            document.add(new Paragraph("Reason: " + c.decisionReason(), body));
            if (approved && c.licenceNumber() != null) {
                document.add(new Paragraph("Licence number " + c.licenceNumber() + ", valid until "
                        + LONG_DATE.format(c.licenceValidUntil()) + " (15 CFR 750.7).", body));
            }
            if (!approved) {
                document.add(new Paragraph("You may appeal this decision within " + appealWindowDays + " days of "
                        + "this notice (15 CFR part 756). The appeal is heard by a senior officer who took no part "
                        + "in this decision.", body));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Pre-screen under rule set " + c.ruleSetVersion() + ": " + outcome(c.outcome())
                    + ", Tier " + c.tier() + ", " + number(c.totalTpp()) + " TPP in total"
                    + (c.h100Equivalents() == null ? "" : " (" + number(c.h100Equivalents()) + " H100-equivalents)")
                    + ".", body));
            for (Finding f : c.findings()) {
                document.add(new Paragraph("- " + f.message() + " (" + f.citation() + ")", body));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Decision letter for " + c.reference() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String outcome(String name) {
        try {
            return Outcome.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return "not screened";
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : String.format(Locale.ENGLISH, "%,.2f", value).replaceAll("\\.00$", "");
    }
}
