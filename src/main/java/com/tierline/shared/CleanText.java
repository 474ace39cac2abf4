package com.tierline.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation for {@link PlainText}: the form's binder and the services both see it, so the browser shows the
 * message at the field and the API lists it among the field errors.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanText.Check.class)
public @interface CleanText {

    /** Multi-line text may hold tabs and line breaks; names may not. */
    boolean multiline() default false;

    String message() default "Remove the invisible control or text-direction characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CleanText, String> {

        private boolean multiline;

        @Override
        public void initialize(CleanText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PlainText.problem(value, multiline).map(message -> {
                context.disableDefaultConstraintViolation();
                // Escaped: the sentence is literal text, not a message template.
                context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\").replace("{", "\\{")
                        .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
