package gongkai.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.Rectification;
import gongkai.cycle.RectificationDecision;
import gongkai.cycle.RectificationReport;
import gongkai.cycle.RectificationView;
import gongkai.cycle.Rectifications;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rectification tracking (整改, issue 4): the orders the user may see, the earliest due first, overdue ones
 * highlighted. A unit's liaison files the report of their unit's orders; the office accepts a report or sends it
 * back with a reason. The rules (and every refusal) are the service's.
 */
@Route(value = "rectifications", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@Dependent
public class RectificationsView extends VerticalLayout {

    private final Rectifications rectifications;
    private final Grid<RectificationView> grid = new Grid<>();
    private final VerticalLayout panel = new VerticalLayout();
    private final boolean office;
    private final boolean liaison;

    @Inject
    public RectificationsView(Rectifications rectifications) {
        this.rectifications = rectifications;
        Acting acting = TenantContext.current();
        this.office = !acting.readOnly() && (acting.isSystem() || acting.caller().isPlatformAdmin()
                || acting.caller().is(Role.TENANT_ADMIN));
        this.liaison = !acting.readOnly() && !acting.isSystem() && acting.caller().is(Role.UNIT_LIAISON);
        setSizeFull();
        add(new H2(getTranslation("rect.title")));
        grid.setId("rect-grid");
        grid.addColumn(RectificationView::unitCode).setHeader(getTranslation("rect.unit")).setAutoWidth(true);
        grid.addColumn(o -> o.cycleCode() == null ? "—" : o.cycleCode()).setHeader(getTranslation("rect.cycle"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("rect.reason." + o.reason().name()) + " · " + o.subject())
                .setHeader(getTranslation("rect.item")).setFlexGrow(1);
        grid.addColumn(RectificationView::dueDate).setHeader(getTranslation("rect.due")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Span state = new Span(getTranslation("rect.state." + o.state().name())
                    + (o.overdue() ? " · " + getTranslation("rect.overdue") : ""));
            state.setId("rect-state-" + o.id());
            if (o.overdue()) {
                state.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            }
            return state;
        }).setHeader(getTranslation("rect.state")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Button open = new Button(getTranslation("rect.open"), VaadinIcon.EDIT.create(), e -> show(o));
            open.setId("rect-open-" + o.id());
            return open;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        panel.setId("rect-panel");
        panel.setPadding(false);
        add(grid, panel);
        refresh();
    }

    private void refresh() {
        List<RectificationView> orders = rectifications.list(null, null);
        grid.setItems(orders);
        if (orders.isEmpty()) {
            panel.removeAll();
            panel.add(new Paragraph(getTranslation("rect.none")));
        }
    }

    private void show(RectificationView order) {
        panel.removeAll();
        panel.add(new H3(order.unitCode() + " · " + order.subject()));
        panel.add(new Paragraph(getTranslation("rect.due") + ": " + order.dueDate() + " · "
                + getTranslation("rect.state." + order.state().name())));
        if (order.report() != null) {
            Paragraph report = new Paragraph(getTranslation("rect.report") + ": " + order.report());
            report.setId("rect-current-report");
            panel.add(report);
        }
        if (order.decisionReason() != null) {
            panel.add(new Paragraph(getTranslation("rect.decisionReason") + ": " + order.decisionReason()));
        }
        if (liaison && order.state().awaitsReport()) {
            panel.add(reportForm(order));
        } else if (office && order.state() == gongkai.cycle.RectificationState.REPORTED) {
            panel.add(decisionForm(order));
        }
    }

    private VerticalLayout reportForm(RectificationView order) {
        TextArea report = new TextArea(getTranslation("rect.report"));
        report.setId("rect-report");
        report.setWidthFull();
        report.setRequiredIndicatorVisible(true);
        report.setMaxLength(Rectification.MAX_REPORT);
        report.setValueChangeMode(ValueChangeMode.EAGER);
        TextField evidence = new TextField(getTranslation("rect.evidence"));
        evidence.setId("rect-evidence");
        evidence.setWidthFull();
        evidence.setHelperText(getTranslation("rect.evidenceHelp"));
        Button file = new Button(getTranslation("rect.file"), VaadinIcon.UPLOAD.create());
        file.setId("rect-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setEnabled(false);
        report.addValueChangeListener(e -> {
            boolean blank = e.getValue().isBlank();
            report.setInvalid(blank);
            report.setErrorMessage(blank ? getTranslation("validation.required") : null);
            file.setEnabled(!blank);
        });
        file.addClickListener(e -> {
            List<String> ids = Arrays.stream(evidence.getValue().split("[,，\\s]+")).filter(s -> !s.isBlank())
                    .toList();
            try {
                rectifications.report(order.id(), new RectificationReport(report.getValue(), ids));
                ServerErrors.saved(getTranslation("rect.done"));
                panel.removeAll();
                refresh();
            } catch (DomainException ex) {
                ServerErrors.show(ex, Map.of("report", report, "evidence", evidence));
            }
        });
        return new VerticalLayout(report, evidence, file);
    }

    private VerticalLayout decisionForm(RectificationView order) {
        TextArea reason = new TextArea(getTranslation("rect.decisionReason"));
        reason.setId("rect-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setHelperText(getTranslation("rect.reasonHelp"));
        Button accept = new Button(getTranslation("rect.accept"), VaadinIcon.CHECK.create());
        accept.setId("rect-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sendBack = new Button(getTranslation("rect.sendBack"), VaadinIcon.REPLY.create());
        sendBack.setId("rect-send-back");
        sendBack.setEnabled(false);
        reason.addValueChangeListener(e -> sendBack.setEnabled(!e.getValue().isBlank()));
        accept.addClickListener(e -> decide(order, reason, true));
        sendBack.addClickListener(e -> decide(order, reason, false));
        return new VerticalLayout(reason, new HorizontalLayout(accept, sendBack));
    }

    private void decide(RectificationView order, TextArea reason, boolean accept) {
        try {
            RectificationDecision decision = new RectificationDecision(reason.getValue());
            if (accept) {
                rectifications.accept(order.id(), decision);
            } else {
                rectifications.sendBack(order.id(), decision);
            }
            ServerErrors.saved(getTranslation("rect.done"));
            panel.removeAll();
            refresh();
        } catch (DomainException ex) {
            ServerErrors.show(ex, Map.of("reason", reason));
        }
    }
}
