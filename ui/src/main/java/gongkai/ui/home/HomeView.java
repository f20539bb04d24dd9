package gongkai.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.tenancy.Caller;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.session.UiSession;
import jakarta.enterprise.context.Dependent;

/** The start page: who you are and where you are working. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@Dependent
public class HomeView extends VerticalLayout {

    public HomeView() {
        Caller caller = UiSession.caller().orElseThrow();
        H2 welcome = new H2(getTranslation("home.welcome", caller.username()));
        welcome.setId("welcome");
        add(welcome,
                new Paragraph(getTranslation("home.role", getTranslation("role." + caller.role().name()))),
                new Paragraph(getTranslation("home.tenant", caller.tenantCode())));
        TenantContext.find().filter(a -> !a.tenantId().equals(caller.tenantId()))
                .ifPresent(a -> add(new Paragraph(getTranslation("home.acting", a.tenantCode()))));
    }
}
