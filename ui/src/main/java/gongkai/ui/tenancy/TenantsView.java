package gongkai.ui.tenancy;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Level;
import gongkai.tenancy.Names;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantDraft;
import gongkai.tenancy.TenantSummary;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.i18n.Translations;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The platform administrator's jurisdiction tree, with create and edit. */
@Route(value = "tenants", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole(Role.PLATFORM_ADMIN)
@Dependent
public class TenantsView extends VerticalLayout {

    private final Jurisdictions jurisdictions;
    private final TreeGrid<TenantSummary> grid = new TreeGrid<>();
    private final String language;

    @Inject
    public TenantsView(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.language = Translations.languageTag(UI.getCurrent().getLocale());
        setSizeFull();
        H2 title = new H2(getTranslation("tenants.title"));
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("tenant-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("tenants-grid");
        grid.addHierarchyColumn(t -> t.names().in(language)).setHeader(getTranslation("field.nameZhHans")).setFlexGrow(3);
        grid.addColumn(TenantSummary::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("level." + t.level().name())).setHeader(getTranslation("field.level"));
        grid.addColumn(TenantSummary::timeZone).setHeader(getTranslation("field.timeZone"));
        grid.addColumn(t -> getTranslation(t.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("field.active"));
        grid.addComponentColumn(t -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(t));
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        List<TenantSummary> roots = jurisdictions.tree();
        grid.setItems(roots, TenantSummary::children);
        grid.expandRecursively(roots, 3);
    }

    private static final class Bean {
        String code = "";
        String nameZhHans = "";
        String nameZhHant = "";
        String nameEn = "";
        Level level = Level.CITY;
        String parentCode = "";
        String timeZone = "Asia/Shanghai";
        String unitCodePrefix = "";
    }

    private void open(TenantSummary existing) {
        TextField code = Fields.text("tenant-code", getTranslation("field.code"), true, 64);
        TextField nameZhHans = Fields.text("tenant-name-zh-hans", getTranslation("field.nameZhHans"), true, 200);
        TextField nameZhHant = Fields.text("tenant-name-zh-hant", getTranslation("field.nameZhHant"), false, 200);
        TextField nameEn = Fields.text("tenant-name-en", getTranslation("field.nameEn"), false, 200);
        ComboBox<Level> level = new ComboBox<>(getTranslation("field.level"),
                List.of(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWN));
        level.setItemLabelGenerator(l -> getTranslation("level." + l.name()));
        level.setId("tenant-level");
        TextField parentCode = Fields.text("tenant-parent", getTranslation("field.parentCode"), false, 64);
        TextField timeZone = Fields.text("tenant-time-zone", getTranslation("field.timeZone"), true, 64);
        TextField prefix = Fields.text("tenant-prefix", getTranslation("field.unitCodePrefix"), false, 32);
        code.setReadOnly(existing != null);

        Binder<Bean> binder = new Binder<>();
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.code"), "[a-z0-9][a-z0-9-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(nameZhHans).asRequired(required).bind(b -> b.nameZhHans, (b, v) -> b.nameZhHans = v);
        binder.forField(nameZhHant).bind(b -> b.nameZhHant, (b, v) -> b.nameZhHant = v);
        binder.forField(nameEn).bind(b -> b.nameEn, (b, v) -> b.nameEn = v);
        binder.forField(level).asRequired(required).bind(b -> b.level, (b, v) -> b.level = v);
        binder.forField(parentCode).bind(b -> b.parentCode, (b, v) -> b.parentCode = v);
        binder.forField(timeZone).asRequired(required)
                .withValidator(v -> ZoneId.getAvailableZoneIds().contains(v), "Asia/Shanghai …")
                .bind(b -> b.timeZone, (b, v) -> b.timeZone = v);
        binder.forField(prefix).bind(b -> b.unitCodePrefix, (b, v) -> b.unitCodePrefix = v);
        Bean bean = new Bean();
        if (existing != null) {
            bean.code = existing.code();
            bean.nameZhHans = existing.names().zhHans();
            bean.nameZhHant = orEmpty(existing.names().zhHant());
            bean.nameEn = orEmpty(existing.names().en());
            bean.level = existing.level();
            bean.parentCode = orEmpty(existing.parentCode());
            bean.timeZone = existing.timeZone();
            bean.unitCodePrefix = orEmpty(existing.unitCodePrefix());
        }
        binder.setBean(bean);

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "dialog.tenant.new" : "dialog.tenant.edit"));
        dialog.add(new FormLayout(code, level, nameZhHans, nameZhHant, nameEn, parentCode, timeZone, prefix));
        Map<String, HasValidation> fields = Map.of("code", code, "names.zhHans", nameZhHans, "names", nameZhHans,
                "names.zhHant", nameZhHant, "names.en", nameEn, "level", level, "parentCode", parentCode,
                "timeZone", timeZone, "unitCodePrefix", prefix);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                TenantDraft draft = new TenantDraft(bean.code, new Names(bean.nameZhHans,
                        Fields.blankToNull(bean.nameZhHant), Fields.blankToNull(bean.nameEn)), bean.level,
                        Fields.blankToNull(bean.parentCode), ZoneId.of(bean.timeZone), Fields.blankToNull(bean.unitCodePrefix));
                if (existing == null) {
                    jurisdictions.create(draft);
                } else {
                    jurisdictions.update(existing.code(), draft);
                }
                dialog.close();
                ServerErrors.saved(getTranslation("saved"));
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("tenant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40em");
        dialog.open();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
