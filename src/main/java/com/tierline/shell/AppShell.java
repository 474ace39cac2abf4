package com.tierline.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The theme lives in frontend/themes/tierline (plain CSS; no npm build needed, see STACK.md). Push lets a claim by
 * one reviewer take the case out of every other reviewer's open queue at once.
 */
@Theme("tierline")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tierline");
    }
}
