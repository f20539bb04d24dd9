package gongkai.ui.unit;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import gongkai.tenancy.Names;
import gongkai.ui.form.Fields;
import gongkai.unit.Unit;
import gongkai.unit.UnitDraft;
import gongkai.unit.UnitKind;

import java.util.Map;

/** The fields of an assessed unit, validated as they are typed. */
class UnitForm extends FormLayout {

    /** The form's working copy. */
    static final class Bean {
        String code = "";
        UnitKind kind = UnitKind.DEPARTMENT;
        String nameZhHans = "";
        String nameZhHant = "";
        String nameEn = "";
        String linkedTenantCode = "";
    }

    final TextField code;
    final ComboBox<UnitKind> kind = new ComboBox<>();
    final TextField nameZhHans;
    final TextField nameZhHant;
    final TextField nameEn;
    final TextField linkedTenantCode;
    final Binder<Bean> binder = new Binder<>();

    UnitForm() {
        code = Fields.text("unit-code", getTranslation("field.code"), true, 64);
        nameZhHans = Fields.text("unit-name-zh-hans", getTranslation("field.nameZhHans"), true, 200);
        nameZhHant = Fields.text("unit-name-zh-hant", getTranslation("field.nameZhHant"), false, 200);
        nameEn = Fields.text("unit-name-en", getTranslation("field.nameEn"), false, 200);
        linkedTenantCode = Fields.text("unit-linked-tenant", getTranslation("field.linkedTenantCode"), false, 64);
        kind.setId("unit-kind");
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);

        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.unitCode"), "[A-Za-z0-9][A-Za-z0-9._-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(kind).asRequired(required).bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(nameZhHans).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max", 200), 1, 200))
                .bind(b -> b.nameZhHans, (b, v) -> b.nameZhHans = v);
        binder.forField(nameZhHant).bind(b -> b.nameZhHant, (b, v) -> b.nameZhHant = v);
        binder.forField(nameEn).bind(b -> b.nameEn, (b, v) -> b.nameEn = v);
        binder.forField(linkedTenantCode).bind(b -> b.linkedTenantCode, (b, v) -> b.linkedTenantCode = v);
        add(code, kind, nameZhHans, nameZhHant, nameEn, linkedTenantCode);
    }

    void edit(Unit unit) {
        Bean bean = new Bean();
        if (unit != null) {
            bean.code = unit.code();
            bean.kind = unit.kind();
            bean.nameZhHans = unit.names().zhHans();
            bean.nameZhHant = nullToEmpty(unit.names().zhHant());
            bean.nameEn = nullToEmpty(unit.names().en());
            bean.linkedTenantCode = nullToEmpty(unit.linkedTenantCode());
        }
        binder.setBean(bean);
    }

    /** The draft, or null when a field is invalid (the field then says why). */
    UnitDraft draft() {
        if (!binder.validate().isOk()) {
            return null;
        }
        Bean b = binder.getBean();
        return new UnitDraft(b.code, b.kind, new Names(b.nameZhHans, Fields.blankToNull(b.nameZhHant),
                Fields.blankToNull(b.nameEn)), Fields.blankToNull(b.linkedTenantCode));
    }

    Map<String, HasValidation> fieldsByName() {
        return Map.of("code", code, "kind", kind, "names.zhHans", nameZhHans, "names.zhHant", nameZhHant,
                "names.en", nameEn, "names", nameZhHans, "linkedTenantCode", linkedTenantCode);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String language() {
        return gongkai.ui.i18n.Translations.languageTag(UI.getCurrent().getLocale());
    }
}
