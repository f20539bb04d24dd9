package gongkai.scoring;

/** A name in simplified Chinese, with optional traditional Chinese and English. */
public record LocalizedText(String zhHans, String zhHant, String en) {

  public static LocalizedText zh(String zhHans) {
    return new LocalizedText(zhHans, null, null);
  }

  public static LocalizedText zhEn(String zhHans, String en) {
    return new LocalizedText(zhHans, null, en);
  }
}
