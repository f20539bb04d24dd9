package gongkai.ui.cycle;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.CycleSummary;
import gongkai.cycle.CycleView;
import gongkai.cycle.Cycles;
import gongkai.cycle.NewCycle;
import gongkai.error.DomainException;
import gongkai.scheme.SchemeState;
import gongkai.scheme.SchemeSummary;
import gongkai.scheme.Schemes;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The tenant's assessment cycles (考核); the office creates one from an approved scheme version for a set of units. */
@Route(value = "cycles", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR, Role.UNIT_LIAISON})
@Dependent
public class CyclesView extends VerticalLayout {

    private final Cycles cycles;
    private final Schemes schemes;
    private final Units units;
    private final Grid<CycleSummary> grid = new Grid<>();

    @Inject
    public CyclesView(Cycles cycles, Schemes schemes, Units units) {
        this.cycles = cycles;
        this.schemes = schemes;
        this.units = units;
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();
        H2 title = new H2(getTranslation("cycles.title") + " · " + acting.tenantCode());
        Button create = new Button(getTranslation("cycles.create"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("cycle-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(office);
        // The tenant's public results page (no login): what anyone sees of its published cycles.
        Anchor publicPage = new Anchor("public/" + acting.tenantCode() + "/results",
                getTranslation("cycles.publicPage"));
        publicPage.setId("cycles-public-page");
        publicPage.setTarget("_blank");
        HorizontalLayout toolbar = new HorizontalLayout(title, publicPage, create);
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("cycles-grid");
        grid.addColumn(CycleSummary::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(c -> c.schemeCode() + " v" + c.schemeVersion()).setHeader(getTranslation("cycles.scheme"))
                .setAutoWidth(true);
        grid.addColumn(CycleSummary::period).setHeader(getTranslation("cycles.period")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cycle.state." + c.state().name())).setHeader(getTranslation("cycles.state"));
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("cycles.open"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> UI.getCurrent().navigate("cycles/" + c.code()));
            open.setId("open-cycle-" + c.code());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        grid.setItems(cycles.list());
    }

    private static final class Bean {
        String code = "";
        SchemeSummary scheme;
        String period = "";
        Set<Unit> units = new HashSet<>();
    }

    private void createDialog() {
        TextField code = Fields.text("cycle-code", getTranslation("field.code"), true, 64);
        ComboBox<SchemeSummary> scheme = new ComboBox<>(getTranslation("cycles.scheme"));
        scheme.setId("cycle-scheme");
        scheme.setItems(schemes.list(null).stream()
                .filter(s -> s.state() == SchemeState.APPROVED || s.state() == SchemeState.IN_USE).toList());
        scheme.setItemLabelGenerator(s -> s.code() + " v" + s.version() + " (" + s.year() + ")");
        scheme.setHelperText(getTranslation("cycles.schemeHelp"));
        TextField period = Fields.text("cycle-period", getTranslation("cycles.period"), true, 32);
        period.setHelperText(getTranslation("cycles.periodHelp"));
        MultiSelectComboBox<Unit> assessed = new MultiSelectComboBox<>(getTranslation("cycles.units"));
        assessed.setId("cycle-units");
        assessed.setItems(units.list(false));
        assessed.setItemLabelGenerator(u -> u.code() + " " + u.names().zhHans());
        assessed.setWidthFull();

        Binder<Bean> binder = new Binder<>();
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.code"), "[a-z0-9][a-z0-9-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(scheme).asRequired(required).bind(b -> b.scheme, (b, v) -> b.scheme = v);
        binder.forField(period).asRequired(required).bind(b -> b.period, (b, v) -> b.period = v);
        binder.forField(assessed).withValidator(s -> !s.isEmpty(), getTranslation("cycles.unitsRequired"))
                .bind(b -> b.units, (b, v) -> b.units = v);
        Bean bean = new Bean();
        binder.setBean(bean);
        scheme.addValueChangeListener(e -> {
            if (e.getValue() != null && period.isEmpty()) {
                period.setValue(String.valueOf(e.getValue().year()));
            }
        });

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycles.create"));
        FormLayout form = new FormLayout(code, scheme, period, assessed);
        form.setColspan(assessed, 2);
        dialog.add(form);
        dialog.setWidth("44em");
        Map<String, HasValidation> fields = Map.of("code", code, "schemeCode", scheme, "schemeVersion", scheme,
                "period", period, "unitCodes", assessed, "state", scheme);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                CycleView created = cycles.create(new NewCycle(bean.code, bean.scheme.code(), bean.scheme.version(),
                        bean.period, bean.units.stream().map(Unit::code).sorted().toList(), null));
                dialog.close();
                UI.getCurrent().navigate("cycles/" + created.code());
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("cycle-save-new");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
