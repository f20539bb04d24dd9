package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
  static final byte[] TEXT = "只是文本，不是PDF".getBytes(StandardCharsets.UTF_8);

  @Test
  void pdf_and_images_are_recognised_by_their_bytes_whatever_the_name() {
    assertThat(EvidenceType.detect(PDF, "报告.pdf")).hasValue("application/pdf");
    assertThat(EvidenceType.detect(PDF, "no-extension")).hasValue("application/pdf");
    assertThat(EvidenceType.detect(PNG, "截图.jpg")).hasValue("image/png");
    assertThat(EvidenceType.detect(JPEG, "photo")).hasValue("image/jpeg");
  }

  @Test
  void text_named_as_a_pdf_or_a_word_document_is_refused_naming_the_file_field() {
    assertThat(EvidenceType.detect(TEXT, "报告.pdf")).isEmpty();
    assertThat(EvidenceType.detect(TEXT, "报告.docx")).isEmpty();
    assertThatThrownBy(() -> EvidenceType.require(TEXT, "报告.pdf")).isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("file"))
        .hasMessageContaining("text/plain");
  }

  @Test
  void svg_and_html_are_refused_because_they_can_carry_script() {
    byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(EvidenceType.detect(svg, "a.svg")).isEmpty();
    assertThat(EvidenceType.detect("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "a.pdf"))
        .isEmpty();
  }

  @Test
  void an_office_open_xml_zip_takes_its_precise_type_from_the_name_a_plain_zip_is_refused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(EvidenceType.detect(bytes.toByteArray(), "自评.docx"))
        .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(EvidenceType.detect(bytes.toByteArray(), "台账.xlsx"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(EvidenceType.detect(bytes.toByteArray(), "archive.zip")).isEmpty();
  }

  @Test
  void uploads_larger_than_20_mib_are_refused_with_413_and_empty_ones_with_400() {
    byte[] atLimit = new byte[EvidenceFiles.MAX_BYTES];
    assertThat(EvidenceFiles.read(new ByteArrayInputStream(atLimit))).hasSize(EvidenceFiles.MAX_BYTES);
    assertThatThrownBy(() -> EvidenceFiles.read(new ByteArrayInputStream(new byte[EvidenceFiles.MAX_BYTES + 1])))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.TOO_LARGE));
    assertThatThrownBy(() -> EvidenceFiles.read(new ByteArrayInputStream(new byte[0])))
        .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID));
  }

  @Test
  void filenames_lose_directories_and_control_characters() {
    assertThat(EvidenceFiles.filename("C:\\材料\\自评报告.pdf")).isEqualTo("自评报告.pdf");
    assertThat(EvidenceFiles.filename("../../etc/passwd\n")).isEqualTo("passwd");
    assertThatThrownBy(() -> EvidenceFiles.filename("../")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> EvidenceFiles.filename(null)).isInstanceOf(DomainException.class);
  }
}
