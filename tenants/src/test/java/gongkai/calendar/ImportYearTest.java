package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Importing next year's list. The 2027 lists here are made up for the tests, not the real arrangement. */
class ImportYearTest {

  private static final String LIST_2027 = String.join("\n",
      "# made-up list for the tests",
      "2026-12-31,HOLIDAY,元旦",
      "2027-01-01,HOLIDAY,元旦",
      "2027-01-02,HOLIDAY,元旦",
      "2027-01-03,HOLIDAY,元旦",
      "",
      "2027-02-06,HOLIDAY,春节",
      "2027-02-07,HOLIDAY,春节",
      "2027-02-08,HOLIDAY,春节",
      "2027-02-20,WORKDAY,春节",
      "2027-10-01,HOLIDAY,国庆节, 中秋节");

  private final WorkingDayCalendar official = WorkingDayCalendar.official();

  @Test
  void an_imported_year_becomes_covered_and_follows_its_list() {
    WorkingDayCalendar calendar = official.withImportedYear(2027, LIST_2027);

    assertThat(calendar.coveredYears()).contains(2026, 2027);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();        // Monday, holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();         // Tuesday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();        // Saturday, adjusted
    assertThat(calendar.describe(LocalDate.of(2027, 10, 1)).name()).isEqualTo("国庆节, 中秋节");
    // Thursday 2026-12-31 comes from the 2027 list; Mon 2027-01-04 is the next working day
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(official.coveredYears()).doesNotContain(2027);
  }

  @Test
  void re_importing_a_year_replaces_its_list_and_keeps_the_tenant_overrides() {
    LocalDate springFestival2026 = LocalDate.of(2026, 2, 16);
    LocalDate localHoliday = LocalDate.of(2026, 3, 2);
    WorkingDayCalendar tenant = official.withLocalHoliday(localHoliday, "区庆");

    WorkingDayCalendar replaced = tenant.withImportedYear(2026, "2026-01-01,HOLIDAY,元旦");

    assertThat(replaced.isWorkingDay(springFestival2026)).isTrue();
    assertThat(replaced.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(replaced.isWorkingDay(localHoliday)).isFalse();
    assertThat(replaced.officialDays().daysOf(2026)).hasSize(1);
    assertThat(replaced.officialDays().daysOf(2025)).isEqualTo(official.officialDays().daysOf(2025));
  }

  @Test
  void windows_line_ends_and_a_byte_order_mark_are_accepted() {
    WorkingDayCalendar calendar =
        official.withImportedYear(2027, "\uFEFF2027-01-01,HOLIDAY,元旦\r\n2027-02-20,WORKDAY,春节\r\n");

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "2027-01-01,HOLIDAY => line 1 => line 1: expected YYYY-MM-DD,HOLIDAY|WORKDAY,name but found '2027-01-01,HOLIDAY'",
      "# ok\\n2027-01-01,HOLIDAY,元旦\\n2027-13-01,HOLIDAY,x => line 3 => line 3: '2027-13-01' is not a date (expected YYYY-MM-DD)",
      "2027-02-30,HOLIDAY,春节 => line 1 => line 1: '2027-02-30' is not a date (expected YYYY-MM-DD)",
      "2027/01/01,HOLIDAY,元旦 => line 1 => line 1: '2027/01/01' is not a date (expected YYYY-MM-DD)",
      "2027-1-1,HOLIDAY,元旦 => line 1 => line 1: '2027-1-1' is not a date (expected YYYY-MM-DD)",
      "2027-01-01,holiday,元旦 => line 1 => line 1: 'holiday' is not HOLIDAY or WORKDAY",
      "2027-01-01,HOLIDAY,\\u0020 => line 1 => line 1: a name is required, e.g. 春节",
      "2027-01-01,HOLIDAY,元旦\\n2027-01-04,WORKDAY,春节 => line 2 => line 2: 2027-01-04 is a Monday; an adjusted working day (WORKDAY) must be a Saturday or Sunday",
      "2027-01-01,HOLIDAY,元旦\\n\\n2027-01-01,HOLIDAY,元旦 => line 3 => line 3: 2027-01-01 is already listed on line 1",
      "2027-01-01,HOLIDAY,元旦\\n2028-01-01,HOLIDAY,元旦 => line 2 => line 2: 2028-01-01 is not in 2027 (nor in December 2026)",
      "2026-11-30,HOLIDAY,元旦 => line 1 => line 1: 2026-11-30 is not in 2027 (nor in December 2026)",
      "# nothing but comments => list => list: no HOLIDAY line dated in 2027; expected the State Council's notice for 2027",
      "2026-12-31,HOLIDAY,元旦 => list => list: no HOLIDAY line dated in 2027; expected the State Council's notice for 2027",
  })
  void a_malformed_list_is_rejected_naming_the_line(String text, String parameter, String message) {
    String list = text.replace("\\n", "\n").replace("\\u0020", " ");

    assertThatThrownBy(() -> official.withImportedYear(2027, list))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> {
          assertThat(e.parameter()).isEqualTo(parameter);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  @Test
  void a_missing_list_or_an_implausible_year_is_rejected() {
    assertThatThrownBy(() -> official.withImportedYear(2027, null))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> assertThat(e.parameter()).isEqualTo("list"));
    assertThatThrownBy(() -> official.withImportedYear(20277, LIST_2027))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> {
          assertThat(e.parameter()).isEqualTo("year");
          assertThat(e.getMessage()).isEqualTo("year: 20277 is outside 2000..2100");
        });
  }

  @Test
  void the_built_in_file_parses_with_the_import_format_and_names_its_source() throws Exception {
    String text;
    try (var in = OfficialDays.class.getResourceAsStream(OfficialDays.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).contains("chinese-days 1.5.7");
    assertThat(OfficialDays.parse(text)).isEqualTo(OfficialDays.builtIn());
    for (int year = 2020; year <= 2026; year++) {
      int y = year;
      String oneYear = text.lines().filter(l -> l.startsWith(y + "-")).reduce("", (a, b) -> a + b + "\n");
      assertThat(OfficialDays.parseYear(year, oneYear)).isEqualTo(OfficialDays.builtIn().daysOf(year));
    }
  }

  @Test
  void official_days_can_be_replaced_from_an_immutable_list() {
    OfficialDays replaced = OfficialDays.builtIn()
        .withYear(2027, List.of(new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦")));

    assertThat(replaced.years()).contains(2027);
    assertThatThrownBy(() -> OfficialDays.builtIn().withYear(2027,
        List.of(new SpecialDay(LocalDate.of(2027, 1, 4), DayKind.WORKDAY, "春节"))))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> assertThat(e.parameter()).isEqualTo("date"));
  }
}
