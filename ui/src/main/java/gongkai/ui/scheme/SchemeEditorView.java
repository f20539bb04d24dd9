package gongkai.ui.scheme;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.scheme.SchemeState;
import gongkai.scheme.SchemeVersion;
import gongkai.scheme.Schemes;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeProblem;
import gongkai.scoring.SchemeValidator;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.i18n.Translations;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One version of a scheme: the indicator tree with running totals, bands, weights and rules, validated as the
 * office types (the pure validator runs on every change), the what-if calculator, and the actions of its state:
 * save and approve a draft, start a new version, download the scoring sheet (评分表) or the JSON.
 */
@Route(value = "schemes/:code/:version", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class SchemeEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final Schemes schemes;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final UnorderedList problems = new UnorderedList();
    private final Span problemCount = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private IndicatorTreeEditor tree;
    private RulesPanel rules;
    private WhatIfPanel whatIf;
    private SchemeVersion version;
    private SchemeDefinition working;

    @Inject
    public SchemeEditorView(Schemes schemes) {
        this.schemes = schemes;
        setSizeFull();
        state.getElement().getThemeList().add("badge");
        state.setId("scheme-state");
        problems.setId("scheme-problems");
        problemCount.setId("scheme-problem-count");
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        tabs.setSizeFull();
        add(header, actions, problemCount, problems, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        int number;
        try {
            number = Integer.parseInt(event.getRouteParameters().get("version").orElse(""));
            version = schemes.get(code, number);
        } catch (NumberFormatException | DomainException e) {
            event.rerouteTo("schemes");
            return;
        }
        build();
    }

    private void build() {
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        boolean editable = office && version.summary().state() == SchemeState.DRAFT;
        String language = Translations.languageTag(UI.getCurrent().getLocale());
        working = version.definition();
        title.setText((working.name() == null ? version.summary().code() : working.name().zhHans())
                + " · " + version.summary().year() + " · v" + version.summary().version());
        state.setText(getTranslation("scheme.state." + version.summary().state().name()));

        tree = new IndicatorTreeEditor(editable, language, change ->
                edit(d -> DefinitionEdits.withLeafMax(d, change.componentCode(), change.indicatorCode(), change.maxPoints())));
        tree.setHeight("32em");
        rules = new RulesPanel(editable, this::edit);
        whatIf = new WhatIfPanel();
        tabs.add(getTranslation("scheme.tab.indicators"), tree);
        tabs.add(getTranslation("scheme.tab.rules"), rules);
        tabs.add(getTranslation("scheme.tab.whatIf"), whatIf);

        actions.removeAll();
        if (editable) {
            Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), e -> save());
            save.setId("scheme-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button approve = new Button(getTranslation("scheme.approve"), VaadinIcon.CHECK_SQUARE_O.create(), e -> approve());
            approve.setId("scheme-approve");
            actions.add(save, approve);
        } else if (office) {
            Button next = new Button(getTranslation("scheme.newVersion"), VaadinIcon.COPY.create(), e -> {
                SchemeVersion created = schemes.newVersion(version.summary().code());
                UI.getCurrent().navigate("schemes/" + created.summary().code() + "/" + created.summary().version());
            });
            next.setId("scheme-new-version");
            actions.add(next);
        }
        String base = "/api/v1/tenants/" + TenantContext.current().tenantCode() + "/schemes/" + version.summary().code()
                + "/versions/" + version.summary().version();
        Anchor sheet = new Anchor(base + "/scoring-sheet.xlsx", getTranslation("scheme.downloadSheet"));
        sheet.getElement().setAttribute("download", true);
        sheet.setId("scheme-xlsx");
        Anchor json = new Anchor(base + "/export", getTranslation("scheme.exportJson"));
        json.getElement().setAttribute("download", true);
        actions.add(sheet, json);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        refresh();
    }

    private void edit(UnaryOperator<SchemeDefinition> change) {
        working = change.apply(working);
        refresh();
    }

    private void refresh() {
        tree.show(working);
        rules.show(working);
        whatIf.show(working);
        List<SchemeProblem> found = SchemeValidator.validate(working);
        problems.removeAll();
        found.forEach(p -> problems.add(new ListItem(p.path() + ": " + p.message())));
        problemCount.setText(found.isEmpty() ? getTranslation("scheme.valid") : getTranslation("scheme.invalid", found.size()));
        problemCount.getStyle().set("color", found.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private void save() {
        try {
            version = schemes.update(version.summary().code(), version.summary().version(), working);
            ServerErrors.saved(getTranslation("saved"));
        } catch (DomainException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private void approve() {
        try {
            schemes.update(version.summary().code(), version.summary().version(), working);
            version = schemes.approve(version.summary().code(), version.summary().version());
            UI.getCurrent().getPage().reload();
        } catch (DomainException e) {
            ServerErrors.show(e, Map.of());
        }
    }
}
