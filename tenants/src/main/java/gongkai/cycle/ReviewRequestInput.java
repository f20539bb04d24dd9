package gongkai.cycle;

import gongkai.error.Check;

/** A unit contests one indicator of its preliminary result, with a reason. */
public record ReviewRequestInput(String indicator, String reason) {

    public ReviewRequestInput {
        indicator = Check.required("indicator", indicator, 64);
        reason = Check.required("reason", reason, 2000);
    }
}
