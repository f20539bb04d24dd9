/**
 * A tenant's assessment schemes (考核方案, issue 3), per year and versioned, through {@link gongkai.scheme.Schemes}.
 *
 * <p>Life of a version: created as a DRAFT (from a built-in template, a copy of another scheme, or an imported
 * definition), edited while a draft (saved with its problems, so an office can work in steps), APPROVED only when
 * the validator finds nothing, then frozen; IN_USE once an assessment cycle scores with it. A change to frozen
 * rules is a new version, so results stay reproducible from the exact rules that produced them.
 *
 * <p>Readers: every role reads approved and in-use versions (units receive the scoring sheet); drafts are seen by
 * the office and assessors only and by nobody else (not even as "forbidden": they are not found). Only the office
 * changes anything, and every change is audited with a summary and a digest of the definition.
 *
 * <p>Storage: the definition is {@link gongkai.scoring.SchemeDefinition} as JSON ({@link gongkai.scheme.SchemeJson})
 * in a jsonb column, with its code and year set to the scheme's.
 */
package gongkai.scheme;
