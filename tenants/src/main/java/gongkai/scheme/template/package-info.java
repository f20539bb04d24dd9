/**
 * The built-in scheme templates, one per seed jurisdiction, as Java-built {@link gongkai.scoring.SchemeDefinition}s
 * ({@link gongkai.scheme.template.SchemeTemplates}). Template ids and rule codes are a public contract (issue 3).
 */
package gongkai.scheme.template;
