package gongkai.ui.form;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Text fields that validate as the user types. */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String id, String label, boolean required, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setRequiredIndicatorVisible(required);
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
        return field;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
