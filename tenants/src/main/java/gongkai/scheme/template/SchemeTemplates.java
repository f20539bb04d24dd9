package gongkai.scheme.template;

import gongkai.scoring.SchemeDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in scheme templates, one per seed jurisdiction. Their ids and rule codes are a public contract
 * (issue 3): a tenant copies a template into its own scheme and edits it.
 */
public final class SchemeTemplates {

  private static final Map<String, Supplier<SchemeDefinition>> BY_ID = new LinkedHashMap<>();

  static {
    BY_ID.put(JiangmenTemplate.ID, JiangmenTemplate::definition);
    BY_ID.put(ZhoukouTemplate.ID, ZhoukouTemplate::definition);
    BY_ID.put(WeibinTemplate.ID, WeibinTemplate::definition);
    BY_ID.put(JinchangTemplate.ID, JinchangTemplate::definition);
    BY_ID.put(YongjiTemplate.ID, YongjiTemplate::definition);
    BY_ID.put(Jinchang12345Template.ID, Jinchang12345Template::definition);
  }

  private SchemeTemplates() {}

  /** The template ids in a stable order. */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  public static List<SchemeDefinition> all() {
    return BY_ID.values().stream().map(Supplier::get).toList();
  }

  public static Optional<SchemeDefinition> find(String id) {
    return Optional.ofNullable(BY_ID.get(id)).map(Supplier::get);
  }
}
