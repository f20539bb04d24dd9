package gongkai.survey;

import gongkai.tenancy.Names;

/** A unit respondents can evaluate in a public survey. */
public record PublicUnit(String code, Names names) {
}
