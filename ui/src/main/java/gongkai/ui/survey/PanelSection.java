package gongkai.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.VaadinRequest;
import gongkai.error.DomainException;
import gongkai.survey.NewPanelMember;
import gongkai.survey.PanelInvitation;
import gongkai.survey.PanelMemberStatus;
import gongkai.survey.PanelMemberType;
import gongkai.survey.Panels;
import gongkai.survey.QrCode;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A campaign's representative panel for the office (代表评议, issue 5): each member's type, how many units they have
 * scored, when they were last reminded; inviting a member (name and type, checked as typed) shows their personal
 * link and its QR code once (only its hash is kept, so it cannot be shown again); 提醒 records a reminder to an unfinished member
 * through {@link Panels#remind} (the message itself is the office's to send). Assessors see the list only.
 */
class PanelSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Panels panels;
    private final String campaignCode;
    private final boolean office;
    private final ZoneId zone;
    private final Grid<PanelMemberStatus> grid = new Grid<>();
    private final Div invitation = new Div();
    private final Span summary = new Span();
    private final Span result = new Span();

    PanelSection(Panels panels, String campaignCode, boolean office, ZoneId zone) {
        this.panels = panels;
        this.campaignCode = campaignCode;
        this.office = office;
        this.zone = zone;
        setId("panel-section");
        setPadding(false);
        summary.setId("panel-summary");
        result.setId("panel-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        buildGrid();
        add(new H4(getTranslation("panel.members")), summary, grid, result);
        if (office) {
            invitation.setId("panel-invitation");
            add(new H4(getTranslation("panel.invite")), inviteForm(), invitation);
        }
        refresh();
    }

    private void refresh() {
        var members = panels.members(campaignCode);
        grid.setItems(members);
        summary.setText(getTranslation("panel.summary", members.stream().filter(PanelMemberStatus::finished).count(),
                members.size()));
    }

    private void buildGrid() {
        grid.setId("panel-grid");
        grid.addColumn(PanelMemberStatus::name).setHeader(getTranslation("panel.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("panel.type." + m.type().name())).setHeader(getTranslation("panel.type"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Span progress = new Span(m.unitsScored() + "/" + m.units());
            progress.setId("panel-progress-" + m.memberId());
            progress.getElement().getThemeList().add(m.finished() ? "badge success" : "badge contrast");
            progress.getElement().setAttribute("title", getTranslation(m.finished() ? "panel.finished" : "panel.unfinished"));
            return progress;
        }).setHeader(getTranslation("panel.progress")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Span reminded = new Span(m.lastRemindedAt() == null ? "–"
                    : getTranslation("panel.reminded", WHEN.format(m.lastRemindedAt().atZone(zone)), m.reminders()));
            reminded.setId("panel-reminded-" + m.memberId());
            return reminded;
        }).setHeader(getTranslation("panel.lastReminded")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button remind = new Button(getTranslation("panel.remind"), VaadinIcon.BELL.create(), e -> remind(m));
            remind.setId("remind-" + m.memberId());
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remind.setVisible(office && !m.finished());
            return remind;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private void remind(PanelMemberStatus member) {
        try {
            PanelMemberStatus after = panels.remind(campaignCode, member.memberId());
            result.setText(getTranslation("panel.reminderRecorded", after.name(), after.reminders()));
            refresh();
        } catch (DomainException refused) {
            ServerErrors.show(refused, Map.of());
        }
    }

    private static final class Bean {
        String name = "";
        PanelMemberType type;
    }

    private HorizontalLayout inviteForm() {
        TextField name = Fields.text("panel-name", getTranslation("panel.name"), true, 100);
        name.setWidth("16em");
        Select<PanelMemberType> type = new Select<>();
        type.setLabel(getTranslation("panel.type"));
        type.setId("panel-type");
        type.setItems(PanelMemberType.values());
        type.setItemLabelGenerator(t -> getTranslation("panel.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        type.setPlaceholder(getTranslation("panel.type.choose"));
        String required = getTranslation("validation.required");
        Binder<Bean> binder = new Binder<>();
        binder.forField(name).asRequired(required)
                .withValidator(v -> v.strip().length() <= 100, getTranslation("panel.name.tooLong"))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(type).asRequired(required).bind(b -> b.type, (b, v) -> b.type = v);
        binder.setBean(new Bean());
        Button add = new Button(getTranslation("panel.add"), VaadinIcon.PLUS.create(), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Bean bean = binder.getBean();
            try {
                PanelInvitation invited = panels.invite(campaignCode, new NewPanelMember(bean.name, bean.type));
                showInvitation(invited);
                binder.setBean(new Bean());
                refresh();
            } catch (DomainException refused) {
                ServerErrors.show(refused, Map.of("name", name, "type", type));
            }
        });
        add.setId("panel-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, type, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The new member's personal link, shown this once, with a button that copies it and its QR code (to print). */
    private void showInvitation(PanelInvitation invited) {
        String url = origin() + "/p/" + invited.token();
        Anchor link = new Anchor(url, url);
        link.setId("panel-link");
        link.setTarget("_blank");
        Button copy = new Button(getTranslation("panel.copy"), VaadinIcon.COPY.create());
        copy.setId("panel-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClickListener(e -> copy.getElement().executeJs(
                "return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false) : false", url)
                .then(Boolean.class, ok -> ServerErrors.saved(getTranslation(ok ? "panel.copied" : "panel.copyByHand"))));
        invitation.removeAll();
        HorizontalLayout row = new HorizontalLayout(link, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        // inside a div: the browser parses the markup then, and the svg lands in the SVG namespace (as in SvgCharts)
        Html qr = new Html("<div style=\"width: 12rem; height: 12rem\">"
                + new QrCode(url).svg(getTranslation("panel.linkFor", invited.name()) + " " + url) + "</div>");
        qr.setId("panel-qr");
        invitation.add(new Paragraph(getTranslation("panel.linkFor", invited.name())), row, qr,
                new Paragraph(getTranslation("panel.linkOnce")));
        invitation.getStyle().set("border", "1px solid var(--lumo-success-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 1rem");
    }

    /** The address this browser reached the server at (the members reach it the same way). */
    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            StringBuffer url = http.getRequestURL();
            String uri = http.getRequestURI();
            return url.substring(0, url.length() - uri.length()) + http.getContextPath();
        }
        return "";
    }
}
