package gongkai.ui.calendar;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.calendar.CalendarDay;
import gongkai.calendar.DayKind;
import gongkai.calendar.DayReason;
import gongkai.calendar.OfficialDays;
import gongkai.calendar.SpecialDay;
import gongkai.calendar.TenantCalendars;
import gongkai.calendar.WorkingDayCalendar;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tenant's working-day calendar: a year's official and local days, the office's form for local days, and a
 * calculator so anyone can check a deadline in working days.
 */
@Route(value = "calendar", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@Dependent
public class CalendarView extends VerticalLayout {

    /** The form's working copy of a local day. */
    static final class Bean {
        LocalDate date;
        DayKind kind = DayKind.HOLIDAY;
        String name = "";
    }

    private final TenantCalendars calendars;
    private final boolean mayChange;
    private final Select<Integer> year = new Select<>();
    private final Span coverage = new Span();
    private final Grid<CalendarDay> grid = new Grid<>();

    @Inject
    public CalendarView(TenantCalendars calendars) {
        this.calendars = calendars;
        Acting acting = TenantContext.current();
        this.mayChange = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();

        LocalDate today = calendars.today();
        TreeSet<Integer> years = new TreeSet<>(calendars.coveredYears());
        years.add(today.getYear());
        years.add(today.getYear() + 1);
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(years);
        year.setValue(today.getYear());
        year.addValueChangeListener(e -> refresh());
        H2 title = new H2(getTranslation("calendar.title") + " · " + acting.tenantCode());
        HorizontalLayout toolbar = new HorizontalLayout(title, year);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(title);
        coverage.setId("calendar-coverage");

        grid.setId("calendar-grid");
        grid.addColumn(d -> d.date().toString()).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        grid.addColumn(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(local(d) ? "calendar.source.local" : "calendar.source.official"))
                .setHeader(getTranslation("calendar.source")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.workingDay() ? "calendar.kind.WORKDAY" : "calendar.kind.HOLIDAY"))
                .setHeader(getTranslation("calendar.kind")).setAutoWidth(true);
        grid.addColumn(CalendarDay::name).setHeader(getTranslation("calendar.name")).setFlexGrow(2);
        if (mayChange) {
            grid.addComponentColumn(d -> {
                if (!local(d)) {
                    return new Span();
                }
                Button remove = new Button(getTranslation("calendar.remove"), VaadinIcon.TRASH.create(), e -> {
                    try {
                        calendars.removeLocalDay(d.date());
                        ServerErrors.saved(getTranslation("saved"));
                    } catch (DomainException problem) {
                        ServerErrors.show(problem, Map.of());
                    }
                    refresh();
                });
                remove.setId("calendar-remove-" + d.date());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setWidthFull();
        grid.setHeight("24em");

        add(toolbar, coverage, grid);
        if (mayChange) {
            add(localDayForm());
        }
        add(calculator(today));
        refresh();
    }

    private void refresh() {
        Integer selected = year.getValue();
        if (selected == null) {
            return;
        }
        grid.setItems(calendars.specialDays(selected));
        boolean covered = calendars.coveredYears().contains(selected);
        coverage.setText(covered ? "" : getTranslation("calendar.notCovered", selected.toString()));
        coverage.setVisible(!covered);
    }

    /** The office adds a local day off or working day; the fields say what is wrong as they are typed. */
    private VerticalLayout localDayForm() {
        DatePicker date = datePicker("calendar-day-date", getTranslation("calendar.date"), null);
        date.setRequiredIndicatorVisible(true);
        date.setMin(LocalDate.of(OfficialDays.MIN_YEAR, 1, 1));
        date.setMax(LocalDate.of(OfficialDays.MAX_YEAR, 12, 31));
        Select<DayKind> kind = new Select<>();
        kind.setId("calendar-day-kind");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        TextField name = Fields.text("calendar-day-name", getTranslation("calendar.name"), true,
                SpecialDay.MAX_NAME_LENGTH);
        name.setWidth("16em");

        Binder<Bean> binder = new Binder<>();
        String required = getTranslation("validation.required");
        binder.forField(date).asRequired(required)
                .withValidator(d -> d.getYear() >= OfficialDays.MIN_YEAR && d.getYear() <= OfficialDays.MAX_YEAR,
                        getTranslation("calendar.validation.year",
                                Integer.toString(OfficialDays.MIN_YEAR), Integer.toString(OfficialDays.MAX_YEAR)))
                .bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(kind).asRequired(required).bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max", SpecialDay.MAX_NAME_LENGTH),
                        1, SpecialDay.MAX_NAME_LENGTH))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.setBean(new Bean());

        Button add = new Button(getTranslation("calendar.addLocalDay"), VaadinIcon.PLUS.create(), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Bean b = binder.getBean();
            try {
                calendars.setLocalDay(b.date, b.kind, b.name);
                ServerErrors.saved(getTranslation("saved"));
                if (year.getValue() == null || year.getValue() != b.date.getYear()) {
                    year.setValue(b.date.getYear());
                } else {
                    refresh();
                }
                binder.setBean(new Bean());
            } catch (DomainException problem) {
                ServerErrors.show(problem, Map.of("date", date, "kind", kind, "name", name));
            }
        });
        add.setId("calendar-day-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(date, kind, name, add);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("calendar.localDays")), fields);
        form.setPadding(false);
        return form;
    }

    /** From a date and N working days to the due date, and from two dates to the working days between them. */
    private VerticalLayout calculator(LocalDate today) {
        DatePicker from = datePicker("calendar-from", getTranslation("calendar.from"), today);
        IntegerField add = new IntegerField(getTranslation("calendar.add"));
        add.setId("calendar-add");
        add.setMin(0);
        add.setMax(WorkingDayCalendar.MAX_WORKING_DAYS);
        add.setStepButtonsVisible(true);
        add.setValue(20);
        add.setValueChangeMode(ValueChangeMode.EAGER);
        Span due = new Span();
        due.setId("calendar-due");
        Runnable dueDate = () -> {
            clear(from, add);
            due.setText("");
            if (from.getValue() == null || add.getValue() == null) {
                return;
            }
            try {
                LocalDate date = calendars.addWorkingDays(from.getValue(), add.getValue());
                due.setText(getTranslation("calendar.due", date.toString(),
                        date.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale())));
            } catch (DomainException problem) {
                ServerErrors.show(problem, Map.of("from", from, "add", add));
            }
        };
        from.addValueChangeListener(e -> dueDate.run());
        add.addValueChangeListener(e -> dueDate.run());

        DatePicker countFrom = datePicker("calendar-count-from", getTranslation("calendar.from"), today);
        DatePicker countTo = datePicker("calendar-count-to", getTranslation("calendar.to"), today.plusDays(30));
        Span count = new Span();
        count.setId("calendar-count");
        Runnable workingDays = () -> {
            clear(countFrom, countTo);
            count.setText("");
            if (countFrom.getValue() == null || countTo.getValue() == null) {
                return;
            }
            try {
                count.setText(getTranslation("calendar.count",
                        calendars.countWorkingDays(countFrom.getValue(), countTo.getValue())));
            } catch (DomainException problem) {
                ServerErrors.show(problem, Map.of("from", countFrom, "to", countTo));
            }
        };
        countFrom.addValueChangeListener(e -> workingDays.run());
        countTo.addValueChangeListener(e -> workingDays.run());

        HorizontalLayout addRow = new HorizontalLayout(from, add, due);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout countRow = new HorizontalLayout(countFrom, countTo, count);
        countRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout calculator = new VerticalLayout(new H3(getTranslation("calendar.calculator")), addRow, countRow);
        calculator.setPadding(false);
        dueDate.run();
        workingDays.run();
        return calculator;
    }

    /** Dates as in the table and the API (YYYY-MM-DD), whatever the language: deadlines are quoted exactly. */
    private static DatePicker datePicker(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setId(id);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setWeekNumbersVisible(false);
        return picker;
    }

    private static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static boolean local(CalendarDay day) {
        return day.reason() == DayReason.LOCAL_HOLIDAY || day.reason() == DayReason.LOCAL_WORKING_DAY;
    }
}
