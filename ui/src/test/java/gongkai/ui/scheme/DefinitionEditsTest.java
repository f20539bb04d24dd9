package gongkai.ui.scheme;

import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.Component;
import gongkai.scoring.GradeBand;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeValidator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionEditsTest {

    private final SchemeDefinition jinchang = SchemeTemplates.find("jinchang-2022").orElseThrow();

    @Test
    void changing_a_leaf_recomputes_its_parents_and_component_and_the_validator_sees_the_new_total() {
        Component annual = jinchang.components().get(0);
        Indicator firstLeaf = firstLeaf(annual.indicators().get(0));
        BigDecimal raised = firstLeaf.maxPoints().add(new BigDecimal("5"));

        SchemeDefinition edited = DefinitionEdits.withLeafMax(jinchang, annual.code(), firstLeaf.code(), raised);

        Component after = edited.components().get(0);
        assertThat(after.maxPoints()).isEqualByComparingTo(annual.maxPoints().add(new BigDecimal("5")));
        assertThat(after.indicators().get(0).maxPoints())
                .isEqualByComparingTo(annual.indicators().get(0).maxPoints().add(new BigDecimal("5")));
        assertThat(SchemeValidator.validate(jinchang)).isEmpty();
        assertThat(SchemeValidator.validate(edited)).as("parents and component still add up").isEmpty();
        assertThat(DefinitionEdits.withLeafMax(edited, annual.code(), firstLeaf.code(), firstLeaf.maxPoints()))
                .isEqualTo(jinchang);
    }

    @Test
    void a_band_that_leaves_a_gap_is_reported_by_the_validator() {
        GradeBand good = jinchang.gradeBands().stream().filter(b -> b.grade().name().equals("GOOD")).findFirst().orElseThrow();
        int index = jinchang.gradeBands().indexOf(good);
        GradeBand narrower = new GradeBand(good.grade(), good.label(), new BigDecimal("82"), good.lowerInclusive(),
                good.upper(), good.upperInclusive());
        assertThat(SchemeValidator.validate(DefinitionEdits.withBand(jinchang, index, narrower)))
                .anySatisfy(p -> assertThat(p.path()).startsWith("gradeBands"));
    }

    private static Indicator firstLeaf(Indicator indicator) {
        return indicator.children().isEmpty() ? indicator : firstLeaf(indicator.children().get(0));
    }
}
