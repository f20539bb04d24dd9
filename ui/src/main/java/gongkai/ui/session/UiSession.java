package gongkai.ui.session;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Caller;
import gongkai.tenancy.TenantContext;
import gongkai.ui.i18n.Translations;
import gongkai.user.LoginOutcome;
import gongkai.user.Logins;

import java.util.Optional;

/**
 * The UI's side of a login: the authenticated {@link Caller} lives in the HTTP session under the attribute the
 * server's Jakarta Security mechanism reads back on every request (so the UI and the API share one notion of
 * who is logged in, and the request filter sets the tenant from it).
 */
public final class UiSession {

    /** Must match the server's authentication mechanism (app module, GongkaiAuthentication.SESSION_CALLER). */
    public static final String SESSION_CALLER = "gongkai.session.caller";
    /** Must match the server's tenancy filter (TenancyFilter.UI_TENANT). */
    public static final String UI_TENANT = "gongkai.ui.tenant";

    private UiSession() {
    }

    public static Optional<Caller> caller() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((Caller) session.getSession().getAttribute(SESSION_CALLER));
    }

    public static Optional<Acting> acting() {
        return TenantContext.find();
    }

    /** Checks the password; on success starts a fresh session (no fixation) holding the caller. */
    public static LoginOutcome login(Logins logins, String username, String password) {
        LoginOutcome outcome = logins.withPassword(username, password);
        if (outcome.accepted()) {
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
            WrappedSession session = VaadinSession.getCurrent().getSession();
            session.setAttribute(SESSION_CALLER, outcome.caller());
            VaadinSession.getCurrent().setLocale(Translations.locale(outcome.caller().language()));
        }
        return outcome;
    }

    public static void updateCaller(Caller caller) {
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_CALLER, caller);
    }

    public static void chooseTenant(String code) {
        VaadinSession.getCurrent().getSession().setAttribute(UI_TENANT, code);
    }

    public static void logout() {
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
