package gongkai.ui.form;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import gongkai.error.DomainException;

import java.util.Map;

/** Shows a refusal from the server beside the field it names, or as a notification when it names none. */
public final class ServerErrors {

    private ServerErrors() {
    }

    public static void show(DomainException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        Notification notification = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void saved(String text) {
        Notification notification = Notification.show(text, 2500, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
