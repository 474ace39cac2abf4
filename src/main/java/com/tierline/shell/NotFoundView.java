package com.tierline.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown pages and for cases the user may not see: the wording is the same for both, so the page
 * reveals nothing about other organisations' cases.
 */
@PageTitle("Not found · Tierline")
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2("Not found");
        title.setId("not-found");
        add(title, new Paragraph("There is nothing at this address that you can open. "
                + "Check the reference, or go back to your start page."), new Anchor("", "Go to start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
