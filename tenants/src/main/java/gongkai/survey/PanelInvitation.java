package gongkai.survey;

import java.util.UUID;

/** A new member's personal link; the token is shown this once (only its hash is stored). */
public record PanelInvitation(UUID memberId, String name, PanelMemberType type, String token, String link) {
}
