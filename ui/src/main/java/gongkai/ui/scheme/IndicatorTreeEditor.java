package gongkai.ui.scheme;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import gongkai.scoring.Component;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The indicator tree of every component as a tree grid: leaves carry an editable maximum, parents and components
 * show the running total of their children.
 */
class IndicatorTreeEditor extends TreeGrid<IndicatorTreeEditor.Row> {

    /** A component (indicator null) or one of its indicators. */
    record Row(String componentCode, Component component, Indicator indicator) {
        String code() {
            return indicator == null ? component.code() : indicator.code();
        }

        BigDecimal max() {
            return indicator == null ? component.maxPoints() : indicator.maxPoints();
        }

        boolean leaf() {
            return indicator != null && indicator.children().isEmpty();
        }

        List<Row> children() {
            List<Indicator> below = indicator == null ? component.indicators() : indicator.children();
            return below.stream().map(i -> new Row(componentCode, component, i)).toList();
        }
    }

    /** A leaf's new maximum: component code, indicator code, points. */
    record LeafChange(String componentCode, String indicatorCode, BigDecimal maxPoints) {
    }

    private final boolean editable;
    private final Consumer<LeafChange> onChange;

    IndicatorTreeEditor(boolean editable, String language, Consumer<LeafChange> onChange) {
        this.editable = editable;
        this.onChange = onChange;
        setId("indicator-tree");
        addHierarchyColumn(Row::code).setHeader(getTranslation("field.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> name(r, language)).setHeader(getTranslation("scheme.indicator")).setFlexGrow(2);
        addColumn(r -> r.indicator() == null ? getTranslation("scheme.kind." + r.component().kind().name())
                : r.indicator().criteria() == null ? "" : r.indicator().criteria())
                .setHeader(getTranslation("scheme.criteria")).setFlexGrow(3);
        addComponentColumn(this::maxCell).setHeader(getTranslation("scheme.maxPoints")).setWidth("10em").setFlexGrow(0);
    }

    void show(SchemeDefinition definition) {
        List<Row> roots = definition.components().stream().map(c -> new Row(c.code(), c, null)).toList();
        setItems(roots, Row::children);
        expandRecursively(roots, 3);
    }

    private com.vaadin.flow.component.Component maxCell(Row row) {
        if (!row.leaf() || !editable) {
            com.vaadin.flow.component.html.Span total = new com.vaadin.flow.component.html.Span(
                    row.max() == null ? "" : row.max().toPlainString());
            if (!row.leaf()) {
                total.getStyle().set("font-weight", "600");
            }
            return total;
        }
        BigDecimalField field = new BigDecimalField();
        field.setValue(row.max());
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setId("max-" + row.code());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(new LeafChange(row.componentCode(), row.code(), e.getValue()));
            }
        });
        return field;
    }

    private static String name(Row row, String language) {
        var text = row.indicator() == null ? row.component().name() : row.indicator().name();
        if (text == null) {
            return "";
        }
        if ("en".equals(language) && text.en() != null) {
            return text.en();
        }
        if ("zh-Hant".equals(language) && text.zhHant() != null) {
            return text.zhHant();
        }
        return text.zhHans();
    }
}
