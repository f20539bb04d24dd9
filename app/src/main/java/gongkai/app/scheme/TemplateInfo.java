package gongkai.app.scheme;

import gongkai.scoring.LocalizedText;

/** A built-in template as the template list shows it; its definition is at /api/v1/scheme-templates/{id}. */
public record TemplateInfo(String id, LocalizedText name, Integer year, String description) {
}
