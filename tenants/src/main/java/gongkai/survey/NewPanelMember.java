package gongkai.survey;

import gongkai.error.Check;

/** A panel member to invite: a name as the office addresses them, and their type. */
public record NewPanelMember(String name, PanelMemberType type) {

    public NewPanelMember {
        name = Check.required("name", name, 100);
        Check.present("type", type);
    }
}
