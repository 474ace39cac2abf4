package com.tierline.identity.ui;

import com.tierline.identity.service.PasswordPolicy;
import com.vaadin.flow.component.textfield.PasswordField;

/** Where a person chooses a password: the policy said the same way on every page that asks for one. */
class NewPasswordField extends PasswordField {

    NewPasswordField(String label, String id) {
        super(label);
        setId(id);
        setWidth("28rem");
        setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " and at most " + PasswordPolicy.MAX_LENGTH
                + " characters; spaces and any letters are welcome; common passwords and your user name or e-mail "
                + "address are refused. There is no need to change it regularly.");
    }
}
