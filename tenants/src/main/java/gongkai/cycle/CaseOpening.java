package gongkai.cycle;

import gongkai.error.Check;

/** The office opened the accountability case a flag calls for, under this reference (e.g. a file number). */
public record CaseOpening(String reference) {

    public CaseOpening {
        reference = Check.required("reference", reference, 200);
    }
}
