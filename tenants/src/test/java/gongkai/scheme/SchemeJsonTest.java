package gongkai.scheme;

import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.SchemeDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemeJsonTest {

    static List<String> templateIds() {
        return SchemeTemplates.ids();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void every_template_reads_back_equal_to_what_was_written(String id) {
        SchemeDefinition template = SchemeTemplates.find(id).orElseThrow();

        assertThat(SchemeJson.read(SchemeJson.write(template))).isEqualTo(template);
    }

    @Test
    void decimals_are_written_plain_with_their_scale() {
        String json = SchemeJson.write(SchemeTemplates.find("zhoukou-2021").orElseThrow());

        assertThat(json).contains("\"performanceWeight\":0.04").contains("\"threshold\":0.60")
                .doesNotContain("E+");
    }

    @Test
    void derived_values_are_not_stored() {
        String json = SchemeJson.write(SchemeTemplates.find("jinchang-2022").orElseThrow());

        assertThat(json).doesNotContain("\"leaf\"").doesNotContain("highestTotal");
    }

    @Test
    void a_field_dropped_since_the_definition_was_stored_is_ignored() {
        SchemeDefinition read = SchemeJson.read("{\"code\":\"x\",\"year\":2024,\"retiredField\":1,\"totalCap\":100}");

        assertThat(read.code()).isEqualTo("x");
        assertThat(read.totalCap()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(read.components()).isEmpty();
    }
}
