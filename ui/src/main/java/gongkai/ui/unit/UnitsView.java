package gongkai.ui.unit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.unit.Unit;
import gongkai.unit.UnitDraft;
import gongkai.unit.Units;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The tenant's assessed units: a table, and a form to create or change one (for the office). */
@Route(value = "units", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@Dependent
public class UnitsView extends VerticalLayout {

    private final Units units;
    private final Grid<Unit> grid = new Grid<>();
    private final Checkbox includeInactive = new Checkbox();
    private final boolean mayChange;

    @Inject
    public UnitsView(Units units) {
        this.units = units;
        Acting acting = TenantContext.current();
        this.mayChange = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();

        H2 title = new H2(getTranslation("units.title") + " · " + acting.tenantCode());
        includeInactive.setLabel(getTranslation("units.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("unit-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayChange);
        HorizontalLayout toolbar = new HorizontalLayout(title, includeInactive, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(title);

        String language = UnitForm.language();
        grid.setId("units-grid");
        grid.addColumn(Unit::code).setHeader(getTranslation("field.code")).setAutoWidth(true).setSortable(true);
        grid.addColumn(u -> u.names().in(language)).setHeader(getTranslation("field.nameZhHans")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("kind." + u.kind().name())).setHeader(getTranslation("field.kind"));
        grid.addColumn(u -> u.linkedTenantCode() == null ? "" : u.linkedTenantCode())
                .setHeader(getTranslation("field.linkedTenantCode"));
        grid.addColumn(u -> getTranslation(u.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("field.active"));
        if (mayChange) {
            grid.addComponentColumn(u -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(u));
                edit.setAriaLabel(getTranslation("action.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button toggle = new Button(getTranslation(u.active() ? "action.deactivate" : "action.reactivate"), e -> {
                    units.setActive(u.code(), !u.active());
                    refresh();
                });
                toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return new HorizontalLayout(edit, toggle);
            }).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(units.list(includeInactive.getValue()));
    }

    private void open(Unit existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "dialog.unit.new" : "dialog.unit.edit"));
        UnitForm form = new UnitForm();
        form.edit(existing);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            UnitDraft draft = form.draft();
            if (draft == null) {
                return;
            }
            try {
                if (existing == null) {
                    units.create(draft);
                } else {
                    units.update(existing.code(), draft);
                }
                dialog.close();
                ServerErrors.saved(getTranslation("saved"));
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, form.fieldsByName());
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
    }
}
