package gongkai.cycle;

import gongkai.error.DomainException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * The kinds of evidence files accepted (issue 4: PDF, images, Office documents), decided from the bytes with Apache
 * Tika's magic-byte detection. The name only refines what the content already says (a zip whose name ends in .docx
 * is a Word document; a text file named .pdf stays text and is refused). SVG is refused: it is XML that can carry
 * script and would run in the browser of whoever opens it.
 */
public final class EvidenceType {

  private static final Tika TIKA = new Tika();

  /** Accepted media types, with the extension a download is given when the name has none. */
  private static final Map<String, String> ACCEPTED = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("image/png", "png"),
      Map.entry("image/jpeg", "jpg"),
      Map.entry("image/gif", "gif"),
      Map.entry("image/bmp", "bmp"),
      Map.entry("image/tiff", "tif"),
      Map.entry("image/webp", "webp"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.ms-powerpoint", "ppt"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "odp"));

  private EvidenceType() {
  }

  /** The media type of {@code content}, or empty when it is not one evidence may have. */
  public static Optional<String> detect(byte[] content, String filename) {
    String detected = TIKA.detect(content, filename);
    return ACCEPTED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
  }

  /** As {@link #detect}, refusing (400 on {@code file}) what is not accepted. */
  public static String require(byte[] content, String filename) {
    return detect(content, filename).orElseThrow(() -> DomainException.invalid("file", "the content of "
        + filename + " is " + TIKA.detect(content, filename) + ": evidence must be a PDF, an image (PNG, JPEG, GIF, "
        + "BMP, TIFF, WebP) or an Office document (Word, Excel, PowerPoint, OpenDocument)"));
  }
}
