package gongkai.cycle;

import gongkai.error.Check;
import java.util.List;

/** The assessors (usernames) assigned to one unit in one cycle; replaces the previous assignment. */
public record AssessorAssignment(List<String> usernames) {

    public AssessorAssignment {
        Check.present("usernames", usernames);
        for (int i = 0; i < usernames.size(); i++) {
            Check.required("usernames[" + i + "]", usernames.get(i), 100);
        }
        usernames = usernames.stream().distinct().toList();
    }
}
