package gongkai.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.audit.AuditEntry;
import gongkai.audit.AuditFilter;
import gongkai.audit.AuditLog;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The tenant's audit log, newest first, filtered by who, what and when; a row opens before and after. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole(Role.TENANT_ADMIN)
@Dependent
public class AuditLogView extends VerticalLayout {

    private final AuditLog audit;
    private final ZoneId zone;
    private final DateTimeFormatter when;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    @Inject
    public AuditLogView(AuditLog audit, Jurisdictions jurisdictions) {
        this.audit = audit;
        // Times in the tenant's own time zone (default Asia/Shanghai).
        this.zone = jurisdictions.byId(TenantContext.current().tenantId()).map(t -> t.timeZone())
                .orElse(ZoneId.of("Asia/Shanghai"));
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        setSizeFull();
        add(new H2(getTranslation("audit.title") + " · " + TenantContext.current().tenantCode()));
        actor.setLabel(getTranslation("field.actor"));
        entityType.setLabel(getTranslation("field.entityType"));
        entityType.setItems(List.of("tenant", "unit", "user", "api-token", "calendar-day", "calendar-year", "scheme"));
        action.setLabel(getTranslation("field.action"));
        action.setItems(List.of("CREATE", "UPDATE", "DEACTIVATE", "REACTIVATE", "CHANGE_PASSWORD", "REVOKE", "DELETE",
                "IMPORT", "APPROVE", "NEW_VERSION", "MARK_IN_USE"));
        action.setItemLabelGenerator(a -> label("audit.action.", a));
        entityType.setItemLabelGenerator(t -> label("audit.entity.", t));
        from.setLabel(getTranslation("field.when") + " ≥");
        to.setLabel(getTranslation("field.when") + " ≤");
        Button filter = new Button(getTranslation("action.filter"), VaadinIcon.FILTER.create(), e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(actor, entityType, action, from, to, filter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.occurredAt())).setHeader(getTranslation("field.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("field.actor")).setAutoWidth(true);
        grid.addColumn(e -> label("audit.action.", e.action())).setHeader(getTranslation("field.action")).setAutoWidth(true);
        grid.addColumn(e -> label("audit.entity.", e.entityType())).setHeader(getTranslation("field.entityType")).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityKey).setHeader(getTranslation("field.entityKey")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> new VerticalLayout(
                new Pre(getTranslation("field.before") + ": " + (e.before() == null ? "—" : e.before())),
                new Pre(getTranslation("field.after") + ": " + (e.after() == null ? "—" : e.after())))));
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    /** A translated label, or the code itself for kinds added later without a translation yet. */
    private String label(String prefix, String code) {
        String text = getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }

    private void refresh() {
        grid.setItems(audit.search(new AuditFilter(Fields.blankToNull(actor.getValue()), entityType.getValue(),
                action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(), 500)));
    }
}
