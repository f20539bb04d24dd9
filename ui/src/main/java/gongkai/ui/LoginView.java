package gongkai.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import gongkai.ui.i18n.Translations;
import gongkai.ui.session.UiSession;
import gongkai.user.LoginOutcome;
import gongkai.user.Logins;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login page, in the language chosen on it. */
@Route("login")
@PageTitle("Gongkai 公开")
@Dependent
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final Logins logins;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(Logins logins) {
        this.logins = logins;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LanguageSelect language = new LanguageSelect(tag -> {
            VaadinSession.getCurrent().setLocale(Translations.locale(tag));
            UI.getCurrent().getPage().reload();
        });
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        H1 title = new H1(getTranslation("login.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(language, title, new Paragraph(getTranslation("login.description")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (UiSession.caller().isPresent()) {
            event.forwardTo("");
        }
    }

    private void login(String username, String password) {
        LoginOutcome outcome = UiSession.login(logins, username, password);
        if (outcome.accepted()) {
            UI.getCurrent().getPage().setLocation("/");
            return;
        }
        LoginI18n i18n = i18n();
        if (outcome.locked()) {
            i18n.getErrorMessage().setMessage(getTranslation("login.locked", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(ZoneId.of("Asia/Shanghai")).format(outcome.lockedUntil())));
        }
        form.setI18n(i18n);
        form.setError(true);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }
}
