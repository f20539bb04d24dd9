package gongkai.ui.scheme;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import gongkai.scheme.NewScheme;
import gongkai.scheme.SchemeJson;
import gongkai.scheme.SchemeSummary;
import gongkai.scheme.SchemeVersion;
import gongkai.scheme.Schemes;
import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.SchemeDefinition;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The tenant's assessment schemes by year; the office creates one from a template or copies last year's. */
@Route(value = "schemes", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class SchemesView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Schemes schemes;
    private final Grid<SchemeSummary> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();

    @Inject
    public SchemesView(Schemes schemes) {
        this.schemes = schemes;
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();
        H2 title = new H2(getTranslation("schemes.title") + " · " + acting.tenantCode());
        year.setPlaceholder(getTranslation("schemes.allYears"));
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("schemes.fromTemplate"), VaadinIcon.PLUS.create(), e -> createDialog(null));
        create.setId("scheme-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(office);
        HorizontalLayout toolbar = new HorizontalLayout(title, year, create, importer(office));
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("schemes-grid");
        grid.addColumn(SchemeSummary::year).setHeader(getTranslation("schemes.year")).setAutoWidth(true);
        grid.addColumn(SchemeSummary::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(s -> s.name() == null ? "" : s.name().zhHans()).setHeader(getTranslation("schemes.name")).setFlexGrow(2);
        grid.addColumn(s -> "v" + s.version()).setHeader(getTranslation("schemes.version")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("scheme.state." + s.state().name())).setHeader(getTranslation("field.active"));
        grid.addColumn(s -> s.basedOn() == null ? "" : s.basedOn()).setHeader(getTranslation("schemes.basedOn"));
        grid.addColumn(s -> s.updatedAt() == null ? "" : WHEN.format(s.updatedAt())).setHeader(getTranslation("field.when"));
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("schemes.open"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("schemes/" + s.code() + "/" + s.version()));
            open.setId("open-" + s.code() + "-" + s.version());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button copy = new Button(getTranslation("schemes.copy"), VaadinIcon.COPY.create(), e -> createDialog(s));
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            copy.setVisible(office);
            return new HorizontalLayout(open, copy);
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    /** Import a scheme exported as JSON (by this or another tenant): it becomes a new draft here. */
    @SuppressWarnings("deprecation")
    private Upload importer(boolean office) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("scheme-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("schemes.import"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.setVisible(office);
        upload.addSucceededListener(e -> {
            try {
                String json = new String(buffer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                SchemeDefinition definition = SchemeJson.read(json);
                SchemeVersion created = schemes.create(new NewScheme(definition.code(),
                        definition.year() == null ? Year.now(ZoneId.of("Asia/Shanghai")).getValue() : definition.year(),
                        null, null, null, definition));
                UI.getCurrent().navigate("schemes/" + created.summary().code() + "/" + created.summary().version());
            } catch (DomainException problem) {
                ServerErrors.show(problem, Map.of());
            } catch (IOException | RuntimeException unreadable) {
                ServerErrors.show(DomainException.invalid("file", getTranslation("schemes.importUnreadable")), Map.of());
            }
            upload.clearFileList();
        });
        return upload;
    }

    private void refresh() {
        grid.setItems(schemes.list(year.getValue()));
        if (year.getValue() == null) {
            year.setItems(schemes.list(null).stream().map(SchemeSummary::year).distinct().toList());
        }
    }

    private static final class Bean {
        String template;
        String code = "";
        Integer year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    }

    /** From a template, or (with {@code source}) a copy of an existing version for another year. */
    private void createDialog(SchemeSummary source) {
        ComboBox<String> template = new ComboBox<>(getTranslation("schemes.template"), SchemeTemplates.ids());
        template.setId("scheme-template");
        template.setItemLabelGenerator(id -> SchemeTemplates.find(id).map(SchemeDefinition::name)
                .map(n -> n.zhHans() + " (" + id + ")").orElse(id));
        template.setVisible(source == null);
        TextField code = Fields.text("scheme-code", getTranslation("field.code"), true, 64);
        IntegerField yearField = new IntegerField(getTranslation("schemes.year"));
        yearField.setId("scheme-year");
        Binder<Bean> binder = new Binder<>();
        String required = getTranslation("validation.required");
        if (source == null) {
            binder.forField(template).asRequired(required).bind(b -> b.template, (b, v) -> b.template = v);
        }
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.code"), "[a-z0-9][a-z0-9-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(yearField).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("schemes.yearRange"), 2000, 2100))
                .bind(b -> b.year, (b, v) -> b.year = v);
        Bean bean = new Bean();
        if (source != null) {
            bean.code = source.code();
            bean.year = source.year() + 1;
        }
        binder.setBean(bean);
        template.addValueChangeListener(e -> {
            if (e.getValue() != null && code.isEmpty()) {
                code.setValue(e.getValue().replaceAll("-\\d{4}$", "") + "-" + yearField.getValue());
            }
        });

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(source == null ? "schemes.fromTemplate" : "schemes.copy"));
        dialog.add(new FormLayout(template, code, yearField));
        Map<String, HasValidation> fields = Map.of("code", code, "year", yearField, "template", template);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                SchemeVersion created = schemes.create(source == null
                        ? new NewScheme(bean.code, bean.year, bean.template, null, null, null)
                        : new NewScheme(bean.code, bean.year, null, source.code(), source.version(), null));
                dialog.close();
                UI.getCurrent().navigate("schemes/" + created.summary().code() + "/" + created.summary().version());
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("scheme-save-new");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
