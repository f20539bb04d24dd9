package gongkai.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Caller;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.tenancy.TenantSummary;
import gongkai.ui.audit.AuditLogView;
import gongkai.ui.calendar.CalendarView;
import gongkai.ui.cycle.RectificationsView;
import gongkai.ui.cycle.CyclesView;
import gongkai.ui.home.HomeView;
import gongkai.ui.i18n.Translations;
import gongkai.ui.session.UiSession;
import gongkai.ui.scheme.SchemesView;
import gongkai.ui.survey.CampaignsView;
import gongkai.ui.survey.QuestionnairesView;
import gongkai.ui.tenancy.TenantsView;
import gongkai.ui.unit.UnitsView;
import gongkai.ui.user.UsersView;
import gongkai.user.Users;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** The frame around every view: navigation by role, the language switch, the user and logout. */
@Dependent
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(Users users, Jurisdictions jurisdictions) {
        Caller caller = UiSession.caller().orElse(null);
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setPadding(true);
        header.expand(title);
        if (caller != null) {
            List<TenantSummary> reachable = new ArrayList<>();
            jurisdictions.tree().forEach(t -> flatten(t, reachable));
            if (reachable.size() > 1) {
                header.add(tenantChooser(reachable));
            }
            header.add(new LanguageSelect(tag -> {
                // The language is the caller's own, whichever tenant a platform administrator is working on.
                TenantContext.call(new Acting(caller, caller.tenantId(), caller.tenantCode(), false),
                        () -> users.changeMyLanguage(tag));
                UiSession.updateCaller(new Caller(caller.userId(), caller.username(), caller.tenantId(),
                        caller.tenantCode(), caller.role(), caller.unitId(), tag));
                VaadinSession.getCurrent().setLocale(Translations.locale(tag));
                UI.getCurrent().getPage().reload();
            }));
            Span who = new Span(caller.username());
            who.setId("current-user");
            Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
                UiSession.logout();
                UI.getCurrent().getPage().setLocation("/login");
            });
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, logout);
        }
        addToNavbar(true, header);
        addToDrawer(navigation(caller));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(Caller caller) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (caller == null) {
            return nav;
        }
        if (caller.isPlatformAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.tenants"), TenantsView.class, VaadinIcon.SITEMAP.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.units"), UnitsView.class, VaadinIcon.BUILDING.create()));
        if (caller.isPlatformAdmin() || caller.is(Role.TENANT_ADMIN) || caller.is(Role.ASSESSOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.schemes"), SchemesView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.questionnaires"), QuestionnairesView.class, VaadinIcon.FORM.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.campaigns"), CampaignsView.class, VaadinIcon.MEGAPHONE.create()));
        }
        if (!caller.is(Role.PANEL_MEMBER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.cycles"), CyclesView.class, VaadinIcon.TASKS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.calendar"), CalendarView.class, VaadinIcon.CALENDAR.create()));
        if (!caller.is(Role.PANEL_MEMBER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.rectifications"), RectificationsView.class,
                    VaadinIcon.TOOLS.create()));
        }
        boolean readOnly = TenantContext.find().map(Acting::readOnly).orElse(false);
        if ((caller.isPlatformAdmin() || caller.is(Role.TENANT_ADMIN)) && !readOnly) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditLogView.class, VaadinIcon.RECORDS.create()));
        }
        return nav;
    }

    /**
     * A platform administrator works on one tenant at a time in the UI; a parent office may switch to a subordinate
     * jurisdiction to read (never change) it.
     */
    private ComboBox<TenantSummary> tenantChooser(List<TenantSummary> flat) {
        ComboBox<TenantSummary> chooser = new ComboBox<>();
        chooser.setId("tenant-chooser");
        chooser.setPlaceholder(getTranslation("tenants.chooser"));
        chooser.setItems(flat);
        String language = Translations.languageTag(UI.getCurrent().getLocale());
        chooser.setItemLabelGenerator(t -> t.names().in(language) + " (" + t.code() + ")");
        String acting = TenantContext.find().map(a -> a.tenantCode()).orElse(null);
        flat.stream().filter(t -> t.code().equals(acting)).findFirst().ifPresent(chooser::setValue);
        chooser.setWidth("22em");
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiSession.chooseTenant(e.getValue().code());
                UI.getCurrent().getPage().reload();
            }
        });
        return chooser;
    }

    private static void flatten(TenantSummary tenant, List<TenantSummary> into) {
        into.add(tenant);
        tenant.children().forEach(child -> flatten(child, into));
    }
}
