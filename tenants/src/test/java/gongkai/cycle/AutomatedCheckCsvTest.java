package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomatedCheckCsvTest {

  private static String fieldOf(String csv) {
    try {
      AutomatedCheckCsv.parse(csv);
    } catch (DomainException e) {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      return e.field();
    }
    throw new AssertionError("accepted: " + csv);
  }

  @Test
  void lines_are_parsed_with_quoted_comments_crlf_a_bom_and_blank_lines() {
    List<AutomatedCheckCsv.Row> rows = AutomatedCheckCsv.parse("\uFEFFunitCode,indicatorCode,points,comment\r\n"
        + "edu,platforms,12.5,\"栏目更新不及时, 见\"\"检测报告\"\"\nP.2\"\r\n\r\nfin,platforms,15\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).points()).isEqualByComparingTo("12.5");
    assertThat(rows.get(0).comment()).isEqualTo("栏目更新不及时, 见\"检测报告\"\nP.2");
    assertThat(rows.get(1).line()).isEqualTo(5);
    assertThat(rows.get(1).comment()).isNull();
  }

  @Test
  void a_bad_cell_is_named_by_its_line_and_column() {
    String header = "unitCode,indicatorCode,points,comment\n";
    assertThat(fieldOf("unit,indicator,points\nedu,x,1\n")).isEqualTo("rows[1]");
    assertThat(fieldOf(header + "edu,platforms,15\nfin,platforms,twelve,x\n")).isEqualTo("rows[3].points");
    assertThat(fieldOf(header + "edu,,15\n")).isEqualTo("rows[2].indicatorCode");
    assertThat(fieldOf(header + " ,platforms,15\n")).isEqualTo("rows[2].unitCode");
    assertThat(fieldOf(header + "edu,platforms\n")).isEqualTo("rows[2]");
    assertThat(fieldOf(header + "edu,platforms,1,\"open\n")).isEqualTo("rows[2]");
    assertThat(fieldOf(header)).isEqualTo("rows");
    assertThatThrownBy(() -> AutomatedCheckCsv.parse("")).isInstanceOf(DomainException.class);
  }
}
