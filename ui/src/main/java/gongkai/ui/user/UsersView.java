package gongkai.ui.user;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import gongkai.user.Languages;
import gongkai.user.User;
import gongkai.user.UserDraft;
import gongkai.user.Users;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The tenant's users, for its office: create, change, reset a password, deactivate. */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole(Role.TENANT_ADMIN)
@Dependent
public class UsersView extends VerticalLayout {

    private final Users users;
    private final Units units;
    private final Grid<User> grid = new Grid<>();

    @Inject
    public UsersView(Users users, Units units) {
        this.users = users;
        this.units = units;
        setSizeFull();
        H2 title = new H2(getTranslation("users.title") + " · " + TenantContext.current().tenantCode());
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addColumn(User::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(User::displayName).setHeader(getTranslation("field.displayName")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("field.role"));
        grid.addColumn(u -> u.unitCode() == null ? "" : u.unitCode()).setHeader(getTranslation("field.unitCode"));
        grid.addColumn(u -> getTranslation(u.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("field.active"));
        grid.addComponentColumn(u -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(u));
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button deactivate = new Button(getTranslation("action.deactivate"), e -> {
                try {
                    users.setActive(u.username(), false);
                    refresh();
                } catch (DomainException problem) {
                    ServerErrors.show(problem, Map.of());
                }
            });
            deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            deactivate.setEnabled(u.active());
            return new HorizontalLayout(edit, deactivate);
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private static final class Bean {
        String username = "";
        String displayName = "";
        Role role = Role.ASSESSOR;
        Unit unit;
        String language = Languages.DEFAULT;
        String password = "";
    }

    private void open(User existing) {
        TextField username = Fields.text("user-username", getTranslation("field.username"), true, 64);
        TextField displayName = Fields.text("user-display-name", getTranslation("field.displayName"), true, 200);
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN).toList();
        ComboBox<Role> role = new ComboBox<>(getTranslation("field.role"), roles);
        role.setId("user-role");
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        List<Unit> allUnits = units.list(false);
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("field.unitCode"), allUnits);
        unit.setId("user-unit");
        unit.setItemLabelGenerator(u -> u.code() + " " + u.names().zhHans());
        ComboBox<String> language = new ComboBox<>(getTranslation("field.language"), Languages.ALL);
        PasswordField password = new PasswordField(getTranslation(existing == null ? "field.password" : "field.passwordKeep"));
        password.setId("user-password");
        password.setValueChangeMode(ValueChangeMode.EAGER);
        username.setReadOnly(existing != null);

        Binder<Bean> binder = new Binder<>();
        String required = getTranslation("validation.required");
        binder.forField(username).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.username"), "[a-z0-9][a-z0-9._-]{1,63}"))
                .bind(b -> b.username, (b, v) -> b.username = v);
        binder.forField(displayName).asRequired(required).bind(b -> b.displayName, (b, v) -> b.displayName = v);
        binder.forField(role).asRequired(required).bind(b -> b.role, (b, v) -> b.role = v);
        binder.forField(unit)
                .withValidator(u -> role.getValue() != Role.UNIT_LIAISON || u != null, required)
                .bind(b -> b.unit, (b, v) -> b.unit = v);
        binder.forField(language).bind(b -> b.language, (b, v) -> b.language = v);
        binder.forField(password)
                .withValidator(p -> (existing != null && p.isEmpty()) || p.length() >= 10, getTranslation("validation.password"))
                .bind(b -> b.password, (b, v) -> b.password = v);
        role.addValueChangeListener(e -> unit.setEnabled(e.getValue() == Role.UNIT_LIAISON));
        Bean bean = new Bean();
        if (existing != null) {
            bean.username = existing.username();
            bean.displayName = existing.displayName();
            bean.role = existing.role();
            bean.unit = allUnits.stream().filter(u -> u.code().equals(existing.unitCode())).findFirst().orElse(null);
            bean.language = existing.language();
        }
        binder.setBean(bean);
        unit.setEnabled(bean.role == Role.UNIT_LIAISON);

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "dialog.user.new" : "dialog.user.edit"));
        dialog.add(new FormLayout(username, displayName, role, unit, language, password));
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "role", role,
                "unitCode", unit, "language", language, "password", password);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                UserDraft draft = new UserDraft(bean.username, bean.displayName, bean.role,
                        bean.role == Role.UNIT_LIAISON && bean.unit != null ? bean.unit.code() : null, bean.language,
                        bean.password.isEmpty() ? null : bean.password);
                if (existing == null) {
                    users.create(draft);
                } else {
                    users.update(existing.username(), draft);
                }
                dialog.close();
                ServerErrors.saved(getTranslation("saved"));
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40em");
        dialog.open();
    }
}
