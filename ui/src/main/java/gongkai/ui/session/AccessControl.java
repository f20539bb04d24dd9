package gongkai.ui.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import gongkai.ui.LoginView;
import gongkai.ui.i18n.Translations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every view but the login page and the {@link PublicPage public pages} needs a logged-in user; a view may further
 * require a role ({@link RequiresRole}).
 */
@ApplicationScoped
public class AccessControl {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UiSession.caller().ifPresent(c -> init.getUI().setLocale(Translations.locale(c.language())));
            init.getUI().addBeforeEnterListener(AccessControl::check);
        });
    }

    private static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || target.isAnnotationPresent(PublicPage.class)) {
            return;
        }
        var caller = UiSession.caller();
        if (caller.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        RequiresRole required = target.getAnnotation(RequiresRole.class);
        if (required != null && !caller.get().isPlatformAdmin()
                && java.util.Arrays.stream(required.value()).noneMatch(caller.get()::is)) {
            event.rerouteTo("");
        }
    }
}
